package dev.portico.workspace;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Workspaces extends JpaRepository<Workspace, UUID> {

  Optional<Workspace> findBySlug(String slug);

  boolean existsByLogoUrl(String logoUrl);
}
