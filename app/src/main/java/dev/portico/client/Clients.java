package dev.portico.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Clients extends JpaRepository<Client, UUID> {

  List<Client> findByWorkspaceIdOrderByName(UUID workspaceId);

  Optional<Client> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  @Query(
      "select count(c) > 0 from Client c where c.workspaceId = :workspaceId"
          + " and lower(c.name) = lower(:name) and c.id <> :exceptId")
  boolean nameTaken(UUID workspaceId, String name, UUID exceptId);
}
