package dev.portico.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.portico.shared.security.ViewAsPrincipal;

/**
 * Across the top of every portal page while staff view it as a contact: whose portal this is, that
 * it is read only, and the way back to the console.
 */
public class ViewAsBanner extends Div {

  public ViewAsBanner(ViewAsPrincipal viewing, ViewAsSwitch viewAs) {
    addClassName("view-as-banner");
    getElement().setAttribute("role", "status");
    Span who =
        new Span("Viewing as " + viewing.contact().name() + " (" + viewing.clientName() + ")");
    who.addClassName("view-as-who");
    Span readOnly = new Span("read only");
    readOnly.addClassName("view-as-read-only");
    Button back =
        new Button("Back to console", VaadinIcon.ARROW_BACKWARD.create(), e -> viewAs.end());
    back.addThemeVariants(ButtonVariant.SMALL);
    back.addClassName("view-as-back");
    Div text = new Div(who, readOnly);
    text.addClassName("view-as-text");
    add(text, back);
  }
}
