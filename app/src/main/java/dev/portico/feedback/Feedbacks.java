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

  List<Feedback> findByTaskIdIsNull();

  List<Feedback> findByProjectIdAndAuthorIdOrderByCreatedAtDesc(UUID projectId, UUID authorId);
}
