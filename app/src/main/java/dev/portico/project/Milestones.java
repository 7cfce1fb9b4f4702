package dev.portico.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Milestones extends JpaRepository<Milestone, UUID> {

  List<Milestone> findByProjectIdOrderByDueDateAscTitleAsc(UUID projectId);

  List<Milestone> findByProjectIdIn(Collection<UUID> projectIds);

  Optional<Milestone> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
