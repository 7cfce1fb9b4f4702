package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.InboxThreads;
import dev.portico.project.InboxThreads.ItemState;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.PortalReply;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.TaskStatus;
import dev.portico.shared.ValidationException;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.StoredFile;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Feature;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's Feedback tab: a client writes to the agency about one of its company's projects or
 * in general, with files if need be, and follows what became of it. Each feedback starts a
 * feedback-routing flow (queued in the engine outbox in the same transaction). Growth and Scale
 * plans only: on Starter the tab is absent and every call here is refused.
 */
@Service
@Validated
@PreAuthorize("hasRole('CLIENT')")
public class ClientFeedback {

  /** The longest feedback message, in characters. */
  public static final int MAX_CHARS = 5000;

  /** At most this many files per feedback. */
  public static final int MAX_FILES = 5;

  /** A file the client attaches. */
  public record FeedbackUpload(String fileName, InputStream content) {}

  /** A project the client may send feedback about. */
  public record ProjectChoice(UUID id, String name) {}

  /** One of my feedbacks with what became of it. */
  public record MyFeedback(
      UUID id,
      UUID projectId,
      String projectName,
      String body,
      Instant sentAt,
      FeedbackState state,
      List<PortalReply> answers,
      List<AttachedFile> attachments) {}

  /** A file attached to feedback; download at {@code /files/feedback/{id}}. */
  public record AttachedFile(UUID id, String fileName, long size) {}

  private final Feedbacks feedbacks;
  private final FeedbackAttachments attachments;
  private final PortalProjects portalProjects;
  private final InboxThreads threads;
  private final FileStore files;
  private final WorkspaceSettings workspaces;
  private final CurrentUser currentUser;
  private final EngineCommands engine;
  private final Clock clock;

  ClientFeedback(
      Feedbacks feedbacks,
      FeedbackAttachments attachments,
      PortalProjects portalProjects,
      InboxThreads threads,
      FileStore files,
      WorkspaceSettings workspaces,
      CurrentUser currentUser,
      EngineCommands engine,
      Clock clock) {
    this.feedbacks = feedbacks;
    this.attachments = attachments;
    this.portalProjects = portalProjects;
    this.threads = threads;
    this.files = files;
    this.workspaces = workspaces;
    this.currentUser = currentUser;
    this.engine = engine;
    this.clock = clock;
  }

  /** Whether this portal's plan has the Feedback tab. */
  @Transactional(readOnly = true)
  @ClientRead
  public boolean available() {
    return workspaces.policyOf(currentUser.require().workspaceId()).allows(Feature.FEEDBACK);
  }

  /** The largest file a client may attach, so the form can say so before sending. */
  @ClientRead
  public long maxFileBytes() {
    return files.maxBytes();
  }

  /** The projects feedback can be about (besides "general"). */
  @Transactional(readOnly = true)
  @ClientRead
  public List<ProjectChoice> projects() {
    requirePlan();
    return portalProjects.myProjects().stream()
        .map(p -> new ProjectChoice(p.id(), p.name()))
        .toList();
  }

  /**
   * Sends feedback.
   *
   * @param projectId one of my company's projects, or null for general feedback
   * @param uploads at most {@link #MAX_FILES}; each stored under the same rules as deliverables
   *     (type from the bytes, size limit); nothing is kept when one is refused
   * @throws ValidationException for a refused file, with a message for the client
   */
  @Transactional
  @ClientAction
  public UUID send(
      UUID projectId,
      @NotBlank(message = "Write your feedback first")
          @Size(max = MAX_CHARS, message = "At most " + MAX_CHARS + " characters")
          String body,
      List<FeedbackUpload> uploads) {
    requirePlan();
    if (projectId != null) {
      portalProjects.project(projectId); // not found unless it is one of my company's projects
    }
    List<FeedbackUpload> toStore = uploads == null ? List.of() : uploads;
    if (toStore.size() > MAX_FILES) {
      throw new ValidationException("Attach at most " + MAX_FILES + " files.");
    }
    SessionUser me = currentUser.require();
    Instant now = clock.instant();
    Feedback feedback =
        feedbacks.save(
            new Feedback(me.workspaceId(), me.clientId(), projectId, me.accountId(), body, now));
    for (FeedbackUpload upload : toStore) {
      StoredFile stored = files.store(upload.fileName(), upload.content());
      attachments.save(new FeedbackAttachment(me.workspaceId(), feedback.getId(), stored, now));
    }
    engine.startFlow(
        me.workspaceId(),
        FeedbackRoutingProcess.ID,
        feedback.getId().toString(),
        Map.of(FeedbackRoutingProcess.VAR_FEEDBACK_ID, feedback.getId().toString()));
    return feedback.getId();
  }

  /** What I sent, newest first, with its state and the agency's answers (Replies only). */
  @Transactional(readOnly = true)
  @ClientRead
  public List<MyFeedback> mine() {
    requirePlan();
    SessionUser me = currentUser.require();
    List<Feedback> sent =
        feedbacks
            .findByWorkspaceIdAndClientIdOrderByCreatedAtDesc(me.workspaceId(), me.clientId())
            .stream()
            .filter(f -> f.getAuthorId().equals(me.accountId()))
            .toList();
    Map<UUID, ItemState> states =
        threads.states(
            me.workspaceId(),
            sent.stream().map(Feedback::getTaskId).filter(Objects::nonNull).toList());
    Map<UUID, String> projectNames =
        portalProjects.myProjects().stream()
            .collect(Collectors.toMap(ProjectProgress::id, ProjectProgress::name));
    Map<UUID, List<AttachedFile>> files =
        attachments
            .findByFeedbackIdInOrderByFileName(sent.stream().map(Feedback::getId).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    FeedbackAttachment::getFeedbackId,
                    Collectors.mapping(
                        a -> new AttachedFile(a.getId(), a.getFileName(), a.getSizeBytes()),
                        Collectors.toList())));
    return sent.stream()
        .map(
            f -> {
              ItemState item = f.getTaskId() == null ? null : states.get(f.getTaskId());
              return new MyFeedback(
                  f.getId(),
                  f.getProjectId(),
                  f.getProjectId() == null ? null : projectNames.get(f.getProjectId()),
                  f.getBody(),
                  f.getCreatedAt(),
                  stateOf(item),
                  item == null ? List.of() : item.replies(),
                  files.getOrDefault(f.getId(), List.of()));
            })
        .toList();
  }

  static FeedbackState stateOf(ItemState item) {
    if (item == null) {
      return FeedbackState.RECEIVED;
    }
    if (item.status() == TaskStatus.DONE) {
      return FeedbackState.ANSWERED;
    }
    return item.status() == TaskStatus.IN_PROGRESS || !item.replies().isEmpty()
        ? FeedbackState.IN_PROGRESS
        : FeedbackState.RECEIVED;
  }

  private void requirePlan() {
    if (!available()) {
      throw new AccessDeniedException("Feedback is not part of this portal's plan");
    }
  }
}
