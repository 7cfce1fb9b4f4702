package dev.portico.feedback;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Feedbacks extends JpaRepository<Feedback, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select f from Feedback f where f.id = :id")
  Optional<Feedback> lockById(UUID id);

  Optional<Feedback> findByWorkspaceIdAndTaskId(UUID workspaceId, UUID taskId);

  List<Feedback> findByWorkspaceIdAndClientIdOrderByCreatedAtDesc(UUID workspaceId, UUID clientId);

  /** Flows the database says are in flight: not routed, or routed and the client not yet told. */
  @Query(
      "select f from Feedback f where f.taskId is null or f.clientNotifiedAt is null"
          + " order by f.createdAt")
  List<Feedback> inFlight();
}
