package dev.portico.project;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Comments extends JpaRepository<Comment, UUID> {

  List<Comment> findByProjectIdOrderByCreatedAt(UUID projectId);

  List<Comment> findByProjectIdAndKindOrderByCreatedAt(UUID projectId, CommentKind kind);
}
