package dev.portico.client;

import dev.portico.shared.database.SortableColumns;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff list of client companies in SQL: one query per page (contacts counted in it), one for
 * the count, always within one workspace.
 */
@Component
class ClientRows {

  static final SortableColumns SORT =
      new SortableColumns(
          Map.of(ClientDirectory.SORT_NAME, "c.name"), Sort.by(ClientDirectory.SORT_NAME), "c.id");

  private final JdbcClient jdbc;

  ClientRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ClientSummary> page(UUID workspaceId, ClientStatus status, Pageable page) {
    return jdbc.sql(
            "select c.id, c.name, c.website, c.internal_notes, c.status,"
                + " (select count(*) from account a"
                + " where a.workspace_id = c.workspace_id and a.client_id = c.id) as contacts"
                + " from client c"
                + where(status)
                + SORT.orderByAndPage(page))
        .params(params(workspaceId, status))
        .query(
            (rs, n) ->
                new ClientSummary(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("website"),
                    rs.getString("internal_notes"),
                    ClientStatus.valueOf(rs.getString("status")),
                    rs.getInt("contacts")))
        .list();
  }

  int count(UUID workspaceId, ClientStatus status) {
    return jdbc.sql("select count(*) from client c" + where(status))
        .params(params(workspaceId, status))
        .query(Integer.class)
        .single();
  }

  private static String where(ClientStatus status) {
    return " where c.workspace_id = :ws" + (status == null ? "" : " and c.status = :status");
  }

  private static Map<String, Object> params(UUID workspaceId, ClientStatus status) {
    return status == null
        ? Map.of("ws", workspaceId)
        : Map.of("ws", workspaceId, "status", status.name());
  }
}
