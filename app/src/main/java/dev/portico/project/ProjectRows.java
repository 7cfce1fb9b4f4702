package dev.portico.project;

import dev.portico.shared.database.SortableColumns;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff list of projects in SQL: one query per page with the client's and lead's names joined
 * in, one for the count, always within one workspace. Progress is added by {@link ProjectPlanning}
 * from the page's milestones and tasks.
 */
@Component
class ProjectRows {

  /** A project of the page, before its progress is known. */
  record Listed(UUID id, String name, String clientName, ProjectStatus status, String leadName) {}

  static final SortableColumns SORT =
      new SortableColumns(
          Map.of(
              ProjectPlanning.SORT_NAME, "p.name",
              ProjectPlanning.SORT_CLIENT, "c.name"),
          Sort.by(ProjectPlanning.SORT_NAME),
          "p.id");

  private final JdbcClient jdbc;

  ProjectRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Listed> page(UUID workspaceId, Pageable page) {
    return jdbc.sql(
            "select p.id, p.name, c.name as client_name, p.status, a.name as lead_name"
                + " from project p"
                + " join client c on c.workspace_id = p.workspace_id and c.id = p.client_id"
                // the lead's name while they are staff of the workspace (as staffNames())
                + " left join account a on a.workspace_id = p.workspace_id and a.id = p.lead_id"
                + " and a.client_id is null"
                + " where p.workspace_id = :ws"
                + SORT.orderByAndPage(page))
        .param("ws", workspaceId)
        .query(
            (rs, n) ->
                new Listed(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("client_name"),
                    ProjectStatus.valueOf(rs.getString("status")),
                    rs.getString("lead_name")))
        .list();
  }

  int count(UUID workspaceId) {
    return jdbc.sql("select count(*) from project p where p.workspace_id = :ws")
        .param("ws", workspaceId)
        .query(Integer.class)
        .single();
  }
}
