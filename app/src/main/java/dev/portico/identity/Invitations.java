package dev.portico.identity;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Invitations extends JpaRepository<Invitation, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Invitation i where i.id = :id")
  Optional<Invitation> lockById(UUID id);

  Optional<Invitation> findByContactIdAndStatus(UUID contactId, InvitationStatus status);

  /** Each contact's invitations, newest first. */
  List<Invitation> findByContactIdInOrderByInvitedAtDesc(Collection<UUID> contactIds);

  List<Invitation> findByStatus(InvitationStatus status);
}
