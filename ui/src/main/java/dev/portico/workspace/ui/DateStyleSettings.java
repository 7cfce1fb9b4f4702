package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.portico.shared.DateStyle;
import dev.portico.shared.ui.Actions;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.core.annotation.Order;

/** "Dates": how pages, date fields and client mails write dates (decision 019). */
@org.springframework.stereotype.Component
@Order(20)
class DateStyleSettings implements SettingsSection {

  private final WorkspaceSettings settings;

  DateStyleSettings(WorkspaceSettings settings) {
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Dates";
  }

  @Override
  public Component create() {
    Select<DateStyle> style = new Select<>();
    style.setLabel("Write dates as");
    style.setItems(DateStyle.values());
    style.setItemLabelGenerator(DateStyle::label);
    style.setValue(settings.dateStyle());
    style.addClassName("date-style");
    style.setWidth("min(22rem, 100%)");
    Paragraph about =
        new Paragraph(
            "For everyone in your workspace and your clients: on pages, in date fields (which"
                + " also accept the long month name and ISO dates) and in mails. Pages opened"
                + " after saving use the new style.");
    about.addClassName("hint");
    Button save =
        new Button(
            "Save",
            e -> {
              if (Actions.run(() -> settings.changeDateStyle(style.getValue()))) {
                Actions.success("Dates are written as " + style.getValue().label());
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-date-style");
    return new Div(about, style, new Div(save));
  }
}
