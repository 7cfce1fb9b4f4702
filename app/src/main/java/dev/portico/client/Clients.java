package dev.portico.client;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Clients extends JpaRepository<Client, UUID> {

  Optional<Client> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  /** The company under a row lock: two status changes at once are decided one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Client c where c.id = :id")
  Optional<Client> lockById(UUID id);

  @Query(
      "select count(c) > 0 from Client c where c.workspaceId = :workspaceId"
          + " and lower(c.name) = lower(:name) and c.id <> :exceptId")
  boolean nameTaken(UUID workspaceId, String name, UUID exceptId);
}
