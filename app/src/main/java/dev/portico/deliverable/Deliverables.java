package dev.portico.deliverable;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Deliverables extends JpaRepository<Deliverable, UUID> {

  /** Approve and new-version requests both take this lock first: exactly one of them wins. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Deliverable d where d.id = :id")
  Optional<Deliverable> lockById(UUID id);

  List<Deliverable> findByProjectIdOrderByCreatedAtDesc(UUID projectId);

  List<Deliverable> findByStatusIn(List<DeliverableStatus> statuses);
}
