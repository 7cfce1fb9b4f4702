package dev.portico.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A list page's title with its main action on the right. */
public class PageHeader extends HorizontalLayout {

  public PageHeader(String title, String actionText, Runnable action) {
    Button button = new Button(actionText, e -> action.run());
    button.addThemeVariants(ButtonVariant.PRIMARY);
    add(new H1(title), button);
    setWidthFull();
    setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    setAlignItems(FlexComponent.Alignment.CENTER);
  }
}
