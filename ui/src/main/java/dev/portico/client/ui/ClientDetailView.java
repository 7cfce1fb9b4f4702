package dev.portico.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientSummary;
import dev.portico.client.ContactForm;
import dev.portico.client.ContactSummary;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;

/** One client company: its details, internal notes and contacts. */
@Route("staff/clients/:clientId")
@PageTitle("Client")
@RolesAllowed(Roles.STAFF)
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final ClientDirectory clients;
  private UUID clientId;

  public ClientDetailView(ClientDirectory clients) {
    this.clients = clients;
  }

  static RouteParameters params(UUID clientId) {
    return new RouteParameters("clientId", clientId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    clientId = Routes.id(event, "clientId", "Client");
    render();
  }

  private void render() {
    ClientSummary client = clients.get(clientId);
    removeAll();
    Button edit =
        new Button("Edit client", e -> new ClientEditor(clients, client, id -> render()).open());
    HorizontalLayout title = new HorizontalLayout(new H1(client.name()), edit);
    title.setAlignItems(FlexComponent.Alignment.CENTER);
    add(title);
    if (client.website() != null) {
      add(new Paragraph(client.website()));
    }
    if (client.internalNotes() != null) {
      Paragraph notes = new Paragraph("Internal notes: " + client.internalNotes());
      notes.addClassName("internal");
      add(notes);
    }

    Grid<ContactSummary> contacts = new Grid<>();
    contacts.addColumn(ContactSummary::name).setHeader("Name");
    contacts.addColumn(ContactSummary::email).setHeader("Email");
    contacts.addColumn(c -> c.jobTitle() == null ? "—" : c.jobTitle()).setHeader("Role");
    contacts
        .addColumn(
            c ->
                c.revoked()
                    ? "Revoked"
                    : c.accessExpiresAt() == null
                        ? "Active"
                        : "Until " + Formats.dateTime(c.accessExpiresAt()))
        .setHeader("Portal access");
    contacts.setItems(clients.contacts(clientId));
    contacts.setAllRowsVisible(true);

    TextField name = new TextField();
    name.setPlaceholder("Name");
    name.setAriaLabel("Contact name");
    EmailField email = new EmailField();
    email.setPlaceholder("Email");
    email.setAriaLabel("Contact email");
    TextField jobTitle = new TextField();
    jobTitle.setPlaceholder("Role (optional)");
    jobTitle.setAriaLabel("Contact role");
    Button add =
        new Button(
            "Add contact",
            e -> {
              if (Actions.run(
                  () ->
                      clients.addContact(
                          clientId,
                          new ContactForm(name.getValue(), email.getValue(), jobTitle.getValue())),
                  Map.of("name", name, "email", email, "jobTitle", jobTitle))) {
                Actions.success("Contact added");
                render();
              }
            });
    HorizontalLayout row = new HorizontalLayout(name, email, jobTitle, add);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    add(new H2("Contacts"), contacts, row);
  }
}
