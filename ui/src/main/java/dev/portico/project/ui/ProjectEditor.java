package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientSummary;
import dev.portico.project.ProjectForm;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.StaffMember;
import dev.portico.project.ProjectStatus;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates a project or edits one; errors appear next to their fields and nothing typed is lost. */
class ProjectEditor extends Dialog {

  private final ComboBox<ClientSummary> client = new ComboBox<>("Client");
  private final TextField name = new TextField("Project name");
  private final TextArea description = new TextArea("Description (visible to the client)");
  private final Select<ProjectStatus> status = new Select<>();
  private final DatePicker startDate = DateFields.picker("Start date");
  private final DatePicker endDate = DateFields.picker("End date");
  private final ComboBox<StaffMember> lead = new ComboBox<>("Project lead");
  private final BigDecimalField budget = new BigDecimalField("Budget (internal)");

  /**
   * @param existing the project to edit, or null to create one
   */
  ProjectEditor(
      ProjectPlanning planning,
      ClientDirectory clients,
      ProjectPlanning.ProjectDetail existing,
      Consumer<UUID> saved) {
    setHeaderTitle(existing == null ? "New project" : "Edit project");
    client.setItems(clients.list());
    client.setItemLabelGenerator(ClientSummary::name);
    status.setLabel("Status");
    status.setItems(ProjectStatus.values());
    status.setItemLabelGenerator(StatusLabels::status);
    status.setValue(ProjectStatus.PLANNED);
    lead.setItems(planning.staff());
    lead.setItemLabelGenerator(StaffMember::name);
    budget.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
    for (var field : new com.vaadin.flow.component.HasValue[] {client, name, status, lead}) {
      field.setRequiredIndicatorVisible(true);
    }
    if (existing != null) {
      client.setValue(
          client
              .getListDataView()
              .getItems()
              .filter(c -> c.id().equals(existing.clientId()))
              .findFirst()
              .orElse(null));
      client.setReadOnly(true);
      name.setValue(existing.name());
      description.setValue(Objects.requireNonNullElse(existing.description(), ""));
      status.setValue(existing.status());
      startDate.setValue(existing.startDate());
      endDate.setValue(existing.endDate());
      lead.setValue(
          lead.getListDataView()
              .getItems()
              .filter(s -> s.id().equals(existing.leadId()))
              .findFirst()
              .orElse(null));
      budget.setValue(existing.budget());
    }
    FormLayout form =
        new FormLayout(client, name, status, lead, startDate, endDate, budget, description);
    form.setColspan(description, 2);
    add(form);

    Button save =
        new Button(
            "Save",
            e -> {
              ProjectForm values =
                  new ProjectForm(
                      client.getValue() == null ? null : client.getValue().id(),
                      name.getValue(),
                      description.getValue(),
                      status.getValue(),
                      startDate.getValue(),
                      endDate.getValue(),
                      lead.getValue() == null ? null : lead.getValue().id(),
                      budget.getValue());
              UUID[] id = new UUID[1];
              boolean ok =
                  Actions.run(
                      () -> {
                        if (existing == null) {
                          id[0] = planning.create(values);
                        } else {
                          planning.update(existing.id(), values);
                          id[0] = existing.id();
                        }
                      },
                      Map.of(
                          "clientId",
                          client,
                          "name",
                          name,
                          "description",
                          description,
                          "status",
                          status,
                          "leadId",
                          lead,
                          "budget",
                          budget,
                          "endAfterStart",
                          endDate));
              if (ok) {
                close();
                Actions.success("Project saved");
                saved.accept(id[0]);
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
    setWidth("min(44rem, 95vw)");
  }
}
