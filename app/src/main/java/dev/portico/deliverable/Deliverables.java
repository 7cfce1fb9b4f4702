package dev.portico.deliverable;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Deliverables extends JpaRepository<Deliverable, UUID> {

  /** Approve and new-version requests both take this lock first: exactly one of them wins. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Deliverable d where d.id = :id")
  Optional<Deliverable> lockById(UUID id);

  List<Deliverable> findByProjectIdOrderByCreatedAtDesc(UUID projectId);

  List<Deliverable> findByStatusIn(List<DeliverableStatus> statuses);

  @Query(
      value =
          "select exists (select 1 from deliverable_approval_completed where deliverable_id = :id)",
      nativeQuery = true)
  boolean approvalCompleted(UUID id);

  /** The lead was told and the linked work completed (the approved row itself is locked). */
  @Modifying
  @Query(
      value =
          "insert into deliverable_approval_completed (deliverable_id, workspace_id, completed_at)"
              + " values (:id, :workspaceId, :at) on conflict do nothing",
      nativeQuery = true)
  int approvalCompleted(UUID id, UUID workspaceId, Instant at);
}
