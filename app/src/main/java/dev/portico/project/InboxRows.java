package dev.portico.project;

import dev.portico.project.TaskWork.InboxItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A staff member's inbox in SQL: a page of their open items in the inbox's order, with the names of
 * project and client joined in, and the count of the rest; always within one workspace, found by
 * the (workspace_id, assignee_id, status) index. Before, every open item was read as an entity with
 * its project, and sorted in memory, for a page that shows 50 (docs/performance.md).
 */
@Component
class InboxRows {

  private static final String OPEN_OF_ASSIGNEE =
      " from task t where t.workspace_id = :ws and t.assignee_id = :me and t.status <> 'DONE'"
          + " and t.id <> all(:skip)";

  private final JdbcClient jdbc;

  InboxRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The first {@code limit} open items of {@code assignee} not in {@code skip}: answers overdue at
   * {@code now} first, then by the time they must be answered by (none last), then oldest first.
   */
  List<InboxItem> page(
      UUID workspaceId, UUID assignee, Collection<UUID> skip, int limit, Instant now) {
    return jdbc.sql(
            "select t.id, t.kind, t.title, t.description, t.project_id, p.name as project_name,"
                + " c.name as client_name, t.status, t.priority, t.due_date, t.created_at,"
                + " t.respond_by, t.escalated_at is not null as escalated"
                + " from (select *"
                + OPEN_OF_ASSIGNEE
                + ") t"
                + " left join project p on p.workspace_id = t.workspace_id and p.id = t.project_id"
                + " left join client c on c.workspace_id = t.workspace_id"
                + " and c.id = coalesce(t.client_id, p.client_id)"
                + " order by (t.respond_by is not null and t.respond_by <= :now) desc,"
                + " t.respond_by nulls last, t.created_at, t.id"
                + " limit :limit")
        .param("ws", workspaceId)
        .param("me", assignee)
        .param("skip", skip.toArray(UUID[]::new))
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(
            (rs, n) -> {
              Instant createdAt = rs.getTimestamp("created_at").toInstant();
              Instant respondBy =
                  rs.getTimestamp("respond_by") == null
                      ? null
                      : rs.getTimestamp("respond_by").toInstant();
              TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
              return new InboxItem(
                  rs.getObject("id", UUID.class),
                  TaskKind.valueOf(rs.getString("kind")),
                  rs.getString("title"),
                  rs.getString("description"),
                  rs.getObject("project_id", UUID.class),
                  rs.getString("project_name"),
                  rs.getString("client_name"),
                  status,
                  TaskPriority.valueOf(rs.getString("priority")),
                  rs.getObject("due_date", LocalDate.class),
                  createdAt,
                  respondBy,
                  TaskWork.sla(createdAt, respondBy, status == TaskStatus.DONE, now),
                  rs.getBoolean("escalated"));
            })
        .list();
  }

  /** How many open items {@code assignee} has that are not in {@code skip}. */
  int count(UUID workspaceId, UUID assignee, Collection<UUID> skip) {
    return jdbc.sql("select count(*)" + OPEN_OF_ASSIGNEE)
        .param("ws", workspaceId)
        .param("me", assignee)
        .param("skip", skip.toArray(UUID[]::new))
        .query(Integer.class)
        .single();
  }
}
