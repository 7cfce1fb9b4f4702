package dev.portico.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.client.ClientStatus;
import dev.portico.client.ClientSummary;
import dev.portico.shared.ui.Actions;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Creates or edits a client company. Moving a client to Lead or Former client ends its contacts'
 * portal access, so that is confirmed first.
 */
class ClientEditor extends Dialog {

  ClientEditor(ClientDirectory clients, ClientSummary existing, Consumer<UUID> saved) {
    setHeaderTitle(existing == null ? "New client" : "Edit client");
    TextField name = new TextField("Company name");
    name.setRequiredIndicatorVisible(true);
    Select<ClientStatus> status = new Select<>();
    status.setLabel("Status");
    status.setItems(ClientStatus.values());
    status.setItemLabelGenerator(ClientStatus::label);
    status.setValue(existing == null ? ClientStatus.CLIENT : existing.status());
    status.setHelperText("Only contacts of a client can be invited to the portal.");
    TextField website = new TextField("Website");
    website.setPlaceholder("https://");
    TextArea notes = new TextArea("Internal notes (never shown to the client)");
    if (existing != null) {
      name.setValue(existing.name());
      website.setValue(Objects.requireNonNullElse(existing.website(), ""));
      notes.setValue(Objects.requireNonNullElse(existing.internalNotes(), ""));
    }
    FormLayout form = new FormLayout(name, status, website, notes);
    form.setColspan(notes, 2);
    add(form);
    Runnable save =
        () -> {
          ClientForm values =
              new ClientForm(
                  name.getValue(), website.getValue(), notes.getValue(), status.getValue());
          UUID[] id = new UUID[1];
          if (Actions.run(
              () -> {
                if (existing == null) {
                  id[0] = clients.create(values);
                } else {
                  clients.update(existing.id(), values);
                  id[0] = existing.id();
                }
              },
              Map.of("name", name, "website", website, "internalNotes", notes))) {
            close();
            Actions.success("Client saved");
            saved.accept(id[0]);
          }
        };
    Button saveButton =
        new Button(
            "Save",
            e -> {
              if (endsAccess(existing, status.getValue())) {
                confirmEndOfAccess(existing, status.getValue(), save);
              } else {
                save.run();
              }
            });
    saveButton.addThemeVariants(ButtonVariant.PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), saveButton);
    setWidth("min(40rem, 95vw)");
  }

  private static boolean endsAccess(ClientSummary existing, ClientStatus chosen) {
    return existing != null
        && existing.status() == ClientStatus.CLIENT
        && chosen != ClientStatus.CLIENT
        && existing.contacts() > 0;
  }

  private static void confirmEndOfAccess(
      ClientSummary existing, ClientStatus chosen, Runnable save) {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Make " + existing.name() + " a " + chosen.label().toLowerCase() + "?",
            "All its contacts lose portal access now and open invitations are withdrawn."
                + " To let them in again later, change the status back to Client and invite them.",
            "End access and save",
            e -> save.run());
    confirm.setConfirmButtonTheme("error primary");
    confirm.setCancelable(true);
    confirm.open();
  }
}
