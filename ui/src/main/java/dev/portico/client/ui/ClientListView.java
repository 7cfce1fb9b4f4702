package dev.portico.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientSummary;
import dev.portico.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The agency's client companies. */
@Route("staff/clients")
@PageTitle("Clients")
@RolesAllowed(Roles.STAFF)
public class ClientListView extends VerticalLayout {

  public ClientListView(ClientDirectory clients) {
    Button create =
        new Button(
            "New client",
            e ->
                new ClientEditor(
                        clients,
                        null,
                        id ->
                            getUI()
                                .ifPresent(
                                    ui ->
                                        ui.navigate(
                                            ClientDetailView.class, ClientDetailView.params(id))))
                    .open());
    create.addThemeVariants(ButtonVariant.PRIMARY);
    HorizontalLayout top = new HorizontalLayout(new H1("Clients"), create);
    top.setWidthFull();
    top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    top.setAlignItems(FlexComponent.Alignment.CENTER);

    Grid<ClientSummary> grid = new Grid<>();
    grid.addColumn(ClientSummary::name).setHeader("Company").setFlexGrow(2).setSortable(true);
    grid.addColumn(c -> c.website() == null ? "—" : c.website()).setHeader("Website");
    grid.addColumn(ClientSummary::contacts).setHeader("Contacts");
    grid.setItems(clients.list());
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ClientDetailView.class, ClientDetailView.params(e.getItem().id()))));
    add(top, grid);
  }
}
