package dev.portico.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientStatus;
import dev.portico.client.ClientSummary;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.PageHeader;
import dev.portico.shared.ui.PhoneColumn;
import dev.portico.shared.ui.PhoneColumn.Stacked;
import dev.portico.shared.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;
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

    Select<ClientStatus> filter = new Select<>();
    filter.setLabel("Show");
    filter.setEmptySelectionAllowed(true);
    filter.setEmptySelectionCaption("All companies");
    filter.setItems(ClientStatus.values());
    filter.setItemLabelGenerator(s -> s == null ? "All companies" : plural(s));
    filter.addClassName("status-filter");

    // Lazy: the grid asks for a page of 50 at a time, sorted and filtered in SQL.
    Grid<ClientSummary> grid = new Grid<>();
    grid.addColumn(ClientSummary::name)
        .setHeader("Company")
        .setFlexGrow(2)
        .setSortable(true)
        .setSortProperty(ClientDirectory.SORT_NAME);
    StatusBadge.column(grid, c -> ClientLabels.statusBadge(c.status()))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addColumn(c -> c.website() == null ? "—" : c.website()).setHeader("Website");
    grid.addColumn(ClientSummary::contacts).setHeader("Contacts");
    PhoneColumn.add(
        grid,
        "Company",
        ClientDirectory.SORT_NAME,
        c ->
            Stacked.of(c.name())
                .badge(ClientLabels.statusBadge(c.status()))
                .line(c.website(), c.contacts() + (c.contacts() == 1 ? " contact" : " contacts")));
    grid.setItems(
        query ->
            clients
                .page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(),
        query -> clients.count(filter.getValue()));
    grid.addClassName("paged-grid");
    grid.addItemClickListener(e -> open(e.getItem().id()));
    filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
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
