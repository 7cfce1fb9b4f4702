package dev.portico.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Projects extends JpaRepository<Project, UUID> {

  List<Project> findByWorkspaceIdAndClientIdOrderByName(UUID workspaceId, UUID clientId);

  Optional<Project> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  Optional<Project> findByIdAndWorkspaceIdAndClientId(UUID id, UUID workspaceId, UUID clientId);
}
