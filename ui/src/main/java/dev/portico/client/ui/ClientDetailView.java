package dev.portico.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientStatus;
import dev.portico.client.ClientSummary;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.ui.ViewAsSwitch;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * One client company: its details, internal notes, contacts with their portal access, sections of
 * other features (invoices) and the access history.
 */
@Route("staff/clients/:clientId")
@PageTitle("Client")
@RolesAllowed(Roles.STAFF)
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final ClientDirectory clients;
  private final ClientInvitations invitations;
  private final List<StaffClientSection> sections;
  private final ViewAsSwitch viewAs;
  private UUID clientId;

  public ClientDetailView(
      ClientDirectory clients,
      ClientInvitations invitations,
      List<StaffClientSection> sections,
      ViewAsSwitch viewAs) {
    this.clients = clients;
    this.invitations = invitations;
    this.sections = sections;
    this.viewAs = viewAs;
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
    HorizontalLayout title =
        new HorizontalLayout(new H1(client.name()), ClientLabels.badge(client.status()), edit);
    title.addClassName("client-title");
    title.setWrap(true);
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

    add(new H2("Contacts"));
    if (client.status() != ClientStatus.CLIENT) {
      Paragraph why =
          new Paragraph(
              client.status() == ClientStatus.LEAD
                  ? client.name()
                      + " is a lead: its contacts cannot use the portal. Change its status to"
                      + " Client to invite them."
                  : client.name()
                      + " is a former client: its contacts cannot use the portal. Change its"
                      + " status to Client to invite them again.");
      why.addClassName("status-note");
      add(why);
    }
    add(new ContactsPanel(clients, invitations, viewAs, clientId, this::render));
    sections.forEach(section -> add(section.create(client, this::render)));
    add(new H2("Access history"), new AccessHistoryPanel(invitations.auditTrail(clientId)));
  }
}
