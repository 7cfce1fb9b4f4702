package dev.portico.feedback;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.files.Download;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to feedback: staff of the workspace and the client company that sent it may
 * download them; anyone else gets "not found". Raster images and video may show inline; everything
 * else (PDFs included) downloads.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FeedbackFiles {

  private static final Set<String> INLINE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  /** A file of a feedback item, for staff. */
  public record FeedbackFile(UUID id, String fileName, String contentType, long size) {}

  private final Feedbacks feedbacks;
  private final FeedbackAttachments attachments;
  private final FileStore files;
  private final CurrentUser currentUser;

  FeedbackFiles(
      Feedbacks feedbacks,
      FeedbackAttachments attachments,
      FileStore files,
      CurrentUser currentUser) {
    this.feedbacks = feedbacks;
    this.attachments = attachments;
    this.files = files;
    this.currentUser = currentUser;
  }

  @ClientRead
  public Download open(UUID attachmentId) {
    SessionUser me = currentUser.require();
    FeedbackAttachment a =
        attachments
            .findByIdAndWorkspaceId(attachmentId, me.workspaceId())
            .orElseThrow(() -> new NotFoundException("File"));
    if (me.isClient()) {
      feedbacks
          .findById(a.getFeedbackId())
          .filter(f -> f.getClientId().equals(me.clientId()))
          .orElseThrow(() -> new NotFoundException("File"));
    }
    return new Download(
        files.pathOf(a.getSha256()),
        a.getFileName(),
        a.getContentType(),
        a.isInline() && INLINE_TYPES.contains(a.getContentType()),
        a.getSizeBytes());
  }

  /** The files of the feedback behind an inbox item (none for other items), for staff. */
  @PreAuthorize("hasRole('STAFF')")
  public List<FeedbackFile> ofInboxItem(UUID taskId) {
    SessionUser me = currentUser.require();
    return feedbacks
        .findByWorkspaceIdAndTaskId(me.workspaceId(), taskId)
        .map(
            f ->
                attachments.findByFeedbackIdInOrderByFileName(List.of(f.getId())).stream()
                    .map(
                        a ->
                            new FeedbackFile(
                                a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes()))
                    .toList())
        .orElse(List.of());
  }
}
