package dev.portico.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.ui.Formats;
import java.util.List;

/** The audit trail of a client's portal access: who invited whom, accepted, revoked, when. */
class AccessHistoryPanel extends Div {

  AccessHistoryPanel(List<AuditTrail.Entry> entries) {
    addClassName("access-history");
    setWidthFull();
    if (entries.isEmpty()) {
      add(new Paragraph("Nothing yet."));
      return;
    }
    Grid<AuditTrail.Entry> grid = new Grid<>();
    grid.addColumn(e -> Formats.dateTime(e.at())).setHeader("When");
    grid.addColumn(AuditTrail.Entry::actorName).setHeader("Who");
    grid.addColumn(AuditTrail.Entry::action).setHeader("What");
    grid.addColumn(AuditTrail.Entry::detail).setHeader("Details").setFlexGrow(3);
    grid.setItems(entries);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    add(grid);
  }
}
