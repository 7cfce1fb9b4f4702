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

  /**
   * A contact's invitation in that state, locked for the caller's transaction: staff change it
   * (cancel, re-send, end access) while the flow's steps may change it too (welcome mail,
   * reminder), and the steps lock it the same way ({@link #lockById}), so one waits for the other
   * instead of failing on a stale version.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Invitation> findByContactIdAndStatus(UUID contactId, InvitationStatus status);

  /** Each contact's invitations, newest first. */
  List<Invitation> findByContactIdInOrderByInvitedAtDesc(Collection<UUID> contactIds);

  List<Invitation> findByStatus(InvitationStatus status);
}
