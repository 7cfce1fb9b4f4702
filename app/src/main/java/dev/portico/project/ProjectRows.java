package dev.portico.project;

import dev.portico.shared.database.SortableColumns;
import java.time.LocalDate;
import java.util.HashMap;
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

  /** A project's progress on the staff list, as {@link Progress} works it out for a project. */
  record Listing(int percentDone, LocalDate nextDeadline) {}

  /**
   * The progress of the page's projects in one query: milestones and client-visible tasks done of
   * all ({@link Progress#percentDone()}), and the earliest open milestone or task (any task: staff
   * see them all) due {@code today} or later ({@link Progress#upcomingDeadlines()}'s first).
   * Reading the page's milestones and tasks as entities to work this out cost two thirds of the
   * list's time (docs/performance.md); {@code ProjectRowsIT} holds it to {@link Progress}.
   */
  Map<UUID, Listing> progress(UUID workspaceId, List<UUID> ids, LocalDate today) {
    Map<UUID, Listing> byProject = new HashMap<>();
    jdbc.sql(
            "select x.id, m.total + t.total as total, m.done + t.done as done,"
                + " least(m.next, t.next) as next"
                + " from unnest(:ids) as x(id)"
                + " cross join lateral (select count(*) as total,"
                + " count(*) filter (where done) as done,"
                + " min(due_date) filter (where not done and due_date >= :today) as next"
                + " from milestone where workspace_id = :ws and project_id = x.id) m"
                + " cross join lateral (select count(*) filter (where client_visible) as total,"
                + " count(*) filter (where client_visible and status = 'DONE') as done,"
                + " min(due_date) filter (where status <> 'DONE' and due_date >= :today) as next"
                + " from task where workspace_id = :ws and project_id = x.id) t")
        .param("ids", ids.toArray(UUID[]::new))
        .param("ws", workspaceId)
        .param("today", today)
        .query(
            rs -> {
              long total = rs.getLong("total");
              byProject.put(
                  rs.getObject("id", UUID.class),
                  new Listing(
                      total == 0 ? 0 : (int) (rs.getLong("done") * 100 / total),
                      rs.getObject("next", LocalDate.class)));
            });
    return byProject;
  }

  int count(UUID workspaceId) {
    return jdbc.sql("select count(*) from project p where p.workspace_id = :ws")
        .param("ws", workspaceId)
        .query(Integer.class)
        .single();
  }
}
