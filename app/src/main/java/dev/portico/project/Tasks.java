package dev.portico.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Tasks extends JpaRepository<Task, UUID> {

  List<Task> findByProjectIdOrderByDueDateAscCreatedAtAsc(UUID projectId);

  List<Task> findByProjectIdIn(Collection<UUID> projectIds);

  List<Task> findByWorkspaceIdAndAssigneeIdOrderByDueDateAsc(UUID workspaceId, UUID assigneeId);

  Optional<Task> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
