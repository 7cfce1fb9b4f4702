package dev.portico.project;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Comments extends JpaRepository<Comment, UUID> {

  /** A project's own conversation (not the threads of its tasks). */
  List<Comment> findByProjectIdAndTaskIdIsNullOrderByCreatedAt(UUID projectId);

  List<Comment> findByProjectIdAndTaskIdIsNullAndKindOrderByCreatedAt(
      UUID projectId, CommentKind kind);

  List<Comment> findByTaskIdOrderByCreatedAt(UUID taskId);

  List<Comment> findByTaskIdAndKindOrderByCreatedAt(UUID taskId, CommentKind kind);

  List<Comment> findByTaskIdInAndKindOrderByCreatedAt(Collection<UUID> taskIds, CommentKind kind);

  boolean existsByTaskIdAndKind(UUID taskId, CommentKind kind);
}
