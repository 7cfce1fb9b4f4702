package dev.portico.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Tasks extends JpaRepository<Task, UUID> {

  List<Task> findByProjectIdOrderByDueDateAscCreatedAtAsc(UUID projectId);

  List<Task> findByProjectIdIn(Collection<UUID> projectIds);

  List<Task> findByWorkspaceIdAndAssigneeIdOrderByDueDateAsc(UUID workspaceId, UUID assigneeId);

  Optional<Task> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  @Query(
      "select count(t) from Task t where t.workspaceId = :workspaceId"
          + " and t.assigneeId = :assigneeId and t.status <> dev.portico.project.TaskStatus.DONE")
  long countOpenAssignedTo(UUID workspaceId, UUID assigneeId);

  /**
   * Client-visible tasks of a client company's projects. The project is matched by workspace and
   * client, so it is found by its (workspace_id, client_id) index and its tasks by project_id;
   * matched by client alone, PostgreSQL read every tenant's projects (docs/performance.md).
   */
  @Query(
      "select t from Task t join Project p on p.id = t.projectId"
          + " where t.workspaceId = :workspaceId and p.workspaceId = :workspaceId"
          + " and p.clientId = :clientId and t.clientVisible"
          + " order by t.dueDate asc nulls last, t.createdAt asc")
  List<Task> clientVisibleOf(UUID workspaceId, UUID clientId);
}
