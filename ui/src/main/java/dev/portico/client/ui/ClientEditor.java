package dev.portico.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.client.ClientSummary;
import dev.portico.shared.ui.Actions;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates or edits a client company. */
class ClientEditor extends Dialog {

  ClientEditor(ClientDirectory clients, ClientSummary existing, Consumer<UUID> saved) {
    setHeaderTitle(existing == null ? "New client" : "Edit client");
    TextField name = new TextField("Company name");
    name.setRequiredIndicatorVisible(true);
    TextField website = new TextField("Website");
    website.setPlaceholder("https://");
    TextArea notes = new TextArea("Internal notes (never shown to the client)");
    if (existing != null) {
      name.setValue(existing.name());
      website.setValue(Objects.requireNonNullElse(existing.website(), ""));
      notes.setValue(Objects.requireNonNullElse(existing.internalNotes(), ""));
    }
    FormLayout form = new FormLayout(name, website, notes);
    form.setColspan(notes, 2);
    add(form);
    Button save =
        new Button(
            "Save",
            e -> {
              ClientForm values =
                  new ClientForm(name.getValue(), website.getValue(), notes.getValue());
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
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
    setWidth("min(40rem, 95vw)");
  }
}
