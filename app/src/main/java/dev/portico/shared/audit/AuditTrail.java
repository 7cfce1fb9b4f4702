package dev.portico.shared.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to whom, when: the workspace's audit trail. Entries are never changed. */
@Service
public class AuditTrail {

  /** One entry as staff read it. */
  public record Entry(Instant at, String actorName, String action, String detail) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param actorId who did it; null for Portico itself (a timer, a process step)
   * @param subjectId what it was done to (e.g. a contact), for reading it back per subject
   */
  @Transactional
  public void record(UUID workspaceId, UUID actorId, String action, UUID subjectId, String detail) {
    jdbc.sql(
            "insert into audit_event (id, workspace_id, actor_id, action, subject_id, detail, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            workspaceId,
            actorId,
            action,
            subjectId,
            detail,
            Timestamp.from(clock.instant()))
        .update();
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<Entry> about(UUID workspaceId, List<UUID> subjectIds) {
    if (subjectIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select e.created_at, coalesce(a.name, 'Portico'), e.action, e.detail from audit_event e"
                + " left join account a on a.id = e.actor_id"
                + " where e.workspace_id = :ws and e.subject_id in (:ids) order by e.created_at desc, e.id")
        .param("ws", workspaceId)
        .param("ids", subjectIds)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }
}
