package dev.portico.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackAttachments extends JpaRepository<FeedbackAttachment, UUID> {

  List<FeedbackAttachment> findByFeedbackIdInOrderByFileName(Collection<UUID> feedbackIds);

  Optional<FeedbackAttachment> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
