package dev.portico.invoice;

import dev.portico.shared.database.SortableColumns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff lists of invoices in SQL: one query per page with the client's and project's names and
 * the payments received joined in, one for the count, always within one workspace.
 */
@Component
class InvoiceRows {

  static final SortableColumns SORT =
      new SortableColumns(
          Map.of(
              InvoiceBilling.SORT_CREATED, "i.created_at",
              InvoiceBilling.SORT_CLIENT, "c.name",
              InvoiceBilling.SORT_ISSUED, "i.issue_date",
              InvoiceBilling.SORT_DUE, "i.due_date"),
          Sort.by(Sort.Direction.DESC, InvoiceBilling.SORT_CREATED),
          "i.id");

  private static final String CLIENT =
      " join client c on c.workspace_id = i.workspace_id and c.id = i.client_id";

  /** Which invoices: a status and a client company, each only when not null. */
  record Filter(InvoiceStatus status, UUID clientId) {}

  private final JdbcClient jdbc;

  InvoiceRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<InvoiceRow> page(UUID workspaceId, Filter filter, Pageable page) {
    return jdbc.sql(
            "select i.id, i.number, i.status, i.client_id, c.name as client_name, i.project_id,"
                + " p.name as project_name, i.currency, i.issue_date, i.due_date, i.total_minor,"
                + " i.reminders_sent, i.escalated_at is not null as escalated, i.created_at,"
                + " coalesce(paid.received, 0) as received,"
                + " coalesce(paid.needs_review, false) as needs_review"
                // the page's invoices first, then their project and payments: a page deep in
                // the list joins 50 rows, not all the rows before it
                + " from (select i.* from invoice i"
                + CLIENT
                + where(filter)
                + SORT.orderByAndPage(page)
                + ") i"
                + CLIENT
                + " left join project p on p.workspace_id = i.workspace_id and p.id = i.project_id"
                + " left join lateral (select sum(ip.amount_minor) as received,"
                + " bool_or(ip.needs_review) as needs_review from invoice_payment ip"
                + " where ip.workspace_id = i.workspace_id and ip.invoice_id = i.id) paid on true"
                + SORT.orderBy(page.getSort()))
        .params(params(workspaceId, filter))
        .query(
            (rs, n) -> {
              InvoiceStatus status = InvoiceStatus.valueOf(rs.getString("status"));
              long total = rs.getLong("total_minor");
              return new InvoiceRow(
                  rs.getObject("id", UUID.class),
                  rs.getString("number"),
                  status,
                  rs.getObject("client_id", UUID.class),
                  rs.getString("client_name"),
                  rs.getObject("project_id", UUID.class),
                  rs.getString("project_name"),
                  rs.getString("currency"),
                  rs.getObject("issue_date", java.time.LocalDate.class),
                  rs.getObject("due_date", java.time.LocalDate.class),
                  total,
                  StaffViews.open(status, total, rs.getLong("received")),
                  rs.getInt("reminders_sent"),
                  rs.getBoolean("escalated"),
                  rs.getBoolean("needs_review"),
                  rs.getTimestamp("created_at").toInstant());
            })
        .list();
  }

  int count(UUID workspaceId, Filter filter) {
    return jdbc.sql("select count(*) from invoice i" + where(filter))
        .params(params(workspaceId, filter))
        .query(Integer.class)
        .single();
  }

  private static String where(Filter filter) {
    return " where i.workspace_id = :ws"
        + (filter.status() == null ? "" : " and i.status = :status")
        + (filter.clientId() == null ? "" : " and i.client_id = :client");
  }

  private static Map<String, Object> params(UUID workspaceId, Filter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("ws", workspaceId);
    if (filter.status() != null) {
      params.put("status", filter.status().name());
    }
    if (filter.clientId() != null) {
      params.put("client", filter.clientId());
    }
    return params;
  }
}
