package dev.portico.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientStatus;
import dev.portico.client.ClientSummary;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.PageHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/** The agency's client companies. */
@Route("staff/clients")
@PageTitle("Clients")
@RolesAllowed(Roles.STAFF)
public class ClientListView extends VerticalLayout {

  public ClientListView(ClientDirectory clients) {
    PageHeader top =
        new PageHeader(
            "Clients", "New client", () -> new ClientEditor(clients, null, this::open).open());

    Grid<ClientSummary> grid = new Grid<>();
    grid.addColumn(ClientSummary::name).setHeader("Company").setFlexGrow(2).setSortable(true);
    grid.addComponentColumn(c -> ClientLabels.badge(c.status()))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addColumn(c -> c.website() == null ? "—" : c.website()).setHeader("Website");
    grid.addColumn(ClientSummary::contacts).setHeader("Contacts");
    List<ClientSummary> all = clients.list();
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> open(e.getItem().id()));

    Select<ClientStatus> filter = new Select<>();
    filter.setLabel("Show");
    filter.setEmptySelectionAllowed(true);
    filter.setEmptySelectionCaption("All companies");
    filter.setItems(ClientStatus.values());
    filter.setItemLabelGenerator(s -> s == null ? "All companies" : plural(s));
    filter.addClassName("status-filter");
    filter.addValueChangeListener(
        e ->
            grid.setItems(
                e.getValue() == null
                    ? all
                    : all.stream().filter(c -> c.status() == e.getValue()).toList()));
    add(top, filter, grid);
  }

  private static String plural(ClientStatus status) {
    return switch (status) {
      case LEAD -> "Leads";
      case CLIENT -> "Clients";
      case FORMER -> "Former clients";
    };
  }

  private void open(UUID id) {
    getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.params(id)));
  }
}
