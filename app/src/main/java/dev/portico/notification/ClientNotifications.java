package dev.portico.notification;

import dev.portico.project.ClientVisibleWorkCompleted;
import dev.portico.workspace.WorkspaceSettings;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a client company's contacts will read in their next digest, in the transaction that
 * completed the work: rolled back with it, never recorded for a workspace that switched client
 * notifications off. Only client-visible work arrives here ({@link ClientVisibleWorkCompleted}).
 */
@Service
class ClientNotifications {

  private final JdbcClient jdbc;
  private final WorkspaceSettings workspaces;

  ClientNotifications(JdbcClient jdbc, WorkspaceSettings workspaces) {
    this.jdbc = jdbc;
    this.workspaces = workspaces;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ClientVisibleWorkCompleted done) {
    if (!workspaces.policyOf(done.workspaceId()).clientNotificationsEnabled()) {
      return;
    }
    String text =
        switch (done.kind()) {
          case TASK_DONE -> "Done: " + done.title();
          case MILESTONE_REACHED -> "Milestone reached: " + done.title();
        };
    jdbc.sql(
            "insert into client_notification"
                + " (id, workspace_id, client_id, project_id, kind, subject_id, text, occurred_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (kind, subject_id) where sent_at is null do nothing")
        .params(
            UUID.randomUUID(),
            done.workspaceId(),
            done.clientId(),
            done.projectId(),
            done.kind().name(),
            done.subjectId(),
            text,
            Timestamp.from(done.at()))
        .update();
  }
}
