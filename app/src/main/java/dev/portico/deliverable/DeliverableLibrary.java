package dev.portico.deliverable;

import dev.portico.identity.AccountAccess;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.project.ProjectPlanning;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.StoredFile;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Feature;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff put deliverables in front of the client: each upload is a new immutable version; marking a
 * version Ready for Review starts (or continues) the deliverable-review process.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class DeliverableLibrary {

  /** A line in a project's deliverables list. */
  public record DeliverableRow(
      UUID id,
      String title,
      DeliverableStatus status,
      int round,
      int versionCount,
      String currentFileName,
      Instant createdAt) {}

  /**
   * A deliverable as staff see it: every version (drafts too), every client decision, who approved
   * which version when.
   *
   * @param round how many times a version was put in front of the client
   * @param includedRounds revision rounds the workspace includes before a round counts as extra
   * @param linkedTo the milestone or task approval completes, if any
   */
  public record Detail(
      UUID id,
      UUID projectId,
      String projectName,
      String title,
      String description,
      DeliverableStatus status,
      int round,
      int includedRounds,
      UUID milestoneId,
      UUID taskId,
      String linkedTo,
      boolean readyToShow,
      String approvedBy,
      Instant approvedAt,
      List<VersionRow> versions,
      List<DecisionRow> decisions) {}

  /** One immutable version; {@code readyAt} is when the client was first shown it. */
  public record VersionRow(
      UUID id,
      int number,
      String fileName,
      String contentType,
      boolean inline,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt,
      Instant readyAt,
      boolean current) {}

  /** A client decision on a version; approvals carry the approved file's content hash. */
  public record DecisionRow(
      int versionNumber,
      DeliverableDecision.Kind decision,
      String decidedBy,
      String feedback,
      String contentSha256,
      Instant decidedAt) {}

  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final DeliverableDecisions decisions;
  private final ProjectPlanning planning;
  private final FileStore files;
  private final ReviewFlows flows;
  private final WorkspaceSettings workspaces;
  private final AccountAccess people;
  private final CurrentUser currentUser;
  private final Clock clock;

  DeliverableLibrary(
      Deliverables deliverables,
      DeliverableVersions versions,
      DeliverableDecisions decisions,
      ProjectPlanning planning,
      FileStore files,
      ReviewFlows flows,
      WorkspaceSettings workspaces,
      AccountAccess people,
      CurrentUser currentUser,
      Clock clock) {
    this.deliverables = deliverables;
    this.versions = versions;
    this.decisions = decisions;
    this.planning = planning;
    this.files = files;
    this.flows = flows;
    this.workspaces = workspaces;
    this.people = people;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  public UUID create(UUID projectId, @Valid DeliverableForm form) {
    checkLinks(projectId, form);
    Deliverable d =
        new Deliverable(
            currentUser.require().workspaceId(),
            projectId,
            form.milestoneId(),
            form.taskId(),
            form.title(),
            form.description(),
            clock.instant());
    return deliverables.save(d).getId();
  }

  /** Changes title, description or what approval completes; refused once approved. */
  @Transactional
  public void update(UUID deliverableId, @Valid DeliverableForm form) {
    Deliverable d = lockOwn(deliverableId, currentUser.require());
    refuseIfLocked(d);
    checkLinks(d.getProjectId(), form);
    d.edit(form.title(), form.description(), form.milestoneId(), form.taskId());
  }

  /**
   * Deletes a deliverable the client has never seen, with its versions. Anything the client was
   * shown stays: it is part of the project's record.
   */
  @Transactional
  public void deleteDraft(UUID deliverableId) {
    Deliverable d = lockOwn(deliverableId, currentUser.require());
    refuseIfLocked(d);
    if (d.getStatus() != DeliverableStatus.DRAFT) {
      throw new ValidationException(
          "\"" + d.getTitle() + "\" was shown to the client, so it stays in the project's record.");
    }
    versions.deleteAll(versions.findByDeliverableIdOrderByNumberDesc(deliverableId));
    deliverables.delete(d);
  }

  /** The milestone or task approval completes must belong to the same project. */
  private void checkLinks(UUID projectId, DeliverableForm form) {
    var project = planning.detail(projectId); // not found outside the staff member's workspace
    if (form.milestoneId() != null
        && project.milestones().stream().noneMatch(m -> m.id().equals(form.milestoneId()))) {
      throw new NotFoundException("Milestone");
    }
    if (form.taskId() != null
        && project.tasks().stream().noneMatch(t -> t.id().equals(form.taskId()))) {
      throw new NotFoundException("Task");
    }
    if (form.milestoneId() != null && form.taskId() != null) {
      throw new ValidationException("Approval completes a milestone or a task, not both.");
    }
  }

  /** The largest file an upload may be, so the upload form can say so before sending. */
  public long maxUploadBytes() {
    return files.maxBytes();
  }

  /** Stores a new version; refused once the deliverable is approved. */
  @Transactional
  public UUID upload(UUID deliverableId, String fileName, InputStream content) {
    SessionUser me = currentUser.require();
    Deliverable d = lockOwn(deliverableId, me);
    refuseIfLocked(d);
    if (d.getStatus() == DeliverableStatus.IN_REVIEW) {
      throw new ValidationException(
          "The client is reviewing the current version. Upload the next one after their decision.");
    }
    StoredFile file = files.store(fileName, content);
    int number =
        versions.findByDeliverableIdOrderByNumberDesc(deliverableId).stream()
                .mapToInt(DeliverableVersion::getNumber)
                .max()
                .orElse(0)
            + 1;
    DeliverableVersion v =
        versions.save(new DeliverableVersion(d, number, file, me.accountId(), clock.instant()));
    d.newVersion(v.getId());
    return v.getId();
  }

  /** Puts the latest version in front of the client. */
  @Transactional
  public void markReady(UUID deliverableId) {
    SessionUser me = currentUser.require();
    Deliverable d = lockOwn(deliverableId, me);
    refuseIfLocked(d);
    if (d.getCurrentVersionId() == null) {
      throw new ValidationException("Upload a version first.");
    }
    if (d.getStatus() == DeliverableStatus.IN_REVIEW) {
      throw new ValidationException("This deliverable is already with the client for review.");
    }
    DeliverableVersion v = versions.findById(d.getCurrentVersionId()).orElseThrow();
    if (v.getReadyAt() != null) {
      throw new ValidationException(
          "Version " + v.getNumber() + " was already shown to the client. Upload a new version.");
    }
    Instant now = clock.instant();
    v.ready(now);
    boolean interactive =
        workspaces.policyOf(me.workspaceId()).allows(Feature.DELIVERABLE_APPROVALS);
    DeliverableStatus before = d.getStatus();
    if (!interactive) {
      d.shared();
      flows.start(d, v, DeliverableReviewProcess.MODE_READ_ONLY);
    } else if (before == DeliverableStatus.CHANGES_REQUESTED) {
      d.inReview();
      flows.newVersionReady(d, v);
    } else {
      d.inReview();
      flows.start(d, v, DeliverableReviewProcess.MODE_INTERACTIVE);
    }
  }

  public List<DeliverableRow> list(UUID projectId) {
    planning.detail(projectId); // not found outside the staff member's workspace
    return deliverables.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
        .map(
            d -> {
              var all = versions.findByDeliverableIdOrderByNumberDesc(d.getId());
              return new DeliverableRow(
                  d.getId(),
                  d.getTitle(),
                  d.getStatus(),
                  d.getRound(),
                  all.size(),
                  all.isEmpty() ? null : all.getFirst().getFileName(),
                  d.getCreatedAt());
            })
        .toList();
  }

  public Detail detail(UUID deliverableId) {
    SessionUser me = currentUser.require();
    Deliverable d = own(deliverableId, me);
    var project = planning.detail(d.getProjectId());
    String linkedTo =
        d.getMilestoneId() != null
            ? project.milestones().stream()
                .filter(m -> m.id().equals(d.getMilestoneId()))
                .map(m -> "Milestone “" + m.title() + "”")
                .findFirst()
                .orElse(null)
            : d.getTaskId() == null
                ? null
                : project.tasks().stream()
                    .filter(t -> t.id().equals(d.getTaskId()))
                    .map(t -> "Task “" + t.title() + "”")
                    .findFirst()
                    .orElse(null);
    List<DeliverableVersion> all = versions.findByDeliverableIdOrderByNumberDesc(deliverableId);
    Map<UUID, Integer> numbers = new HashMap<>();
    all.forEach(v -> numbers.put(v.getId(), v.getNumber()));
    Map<UUID, String> names = new HashMap<>();
    Function<UUID, String> name =
        id -> names.computeIfAbsent(id, x -> people.nameOf(x).orElse("Former member"));
    List<VersionRow> versionRows =
        all.stream()
            .map(
                v ->
                    new VersionRow(
                        v.getId(),
                        v.getNumber(),
                        v.getFileName(),
                        v.getContentType(),
                        v.isInline(),
                        v.getSizeBytes(),
                        v.getFileSha256(),
                        name.apply(v.getUploadedBy()),
                        v.getUploadedAt(),
                        v.getReadyAt(),
                        v.getId().equals(d.getCurrentVersionId())))
            .toList();
    List<DecisionRow> decisionRows =
        decisions.findByDeliverableIdOrderByDecidedAtDesc(deliverableId).stream()
            .map(
                x ->
                    new DecisionRow(
                        numbers.getOrDefault(x.getVersionId(), 0),
                        x.getDecision(),
                        name.apply(x.getDecidedBy()),
                        x.getFeedback(),
                        x.getContentSha256(),
                        x.getDecidedAt()))
            .sorted(
                Comparator.comparing(DecisionRow::decidedAt)
                    .thenComparing(DecisionRow::versionNumber)
                    .reversed())
            .toList();
    boolean readyToShow =
        !d.isLocked()
            && d.getStatus() != DeliverableStatus.IN_REVIEW
            && !all.isEmpty()
            && all.getFirst().getReadyAt() == null;
    return new Detail(
        d.getId(),
        d.getProjectId(),
        project.name(),
        d.getTitle(),
        d.getDescription(),
        d.getStatus(),
        d.getRound(),
        workspaces.policyOf(me.workspaceId()).includedRevisionRounds(),
        d.getMilestoneId(),
        d.getTaskId(),
        linkedTo,
        readyToShow,
        d.getApprovedBy() == null ? null : name.apply(d.getApprovedBy()),
        d.getApprovedAt(),
        versionRows,
        decisionRows);
  }

  private static void refuseIfLocked(Deliverable d) {
    if (d.isLocked()) {
      throw new ValidationException(
          "\"" + d.getTitle() + "\" is approved and locked: no new versions or changes.");
    }
  }

  private Deliverable own(UUID deliverableId, SessionUser me) {
    return deliverables
        .findById(deliverableId)
        .filter(d -> d.getWorkspaceId().equals(me.workspaceId()))
        .orElseThrow(() -> new NotFoundException("Deliverable"));
  }

  private Deliverable lockOwn(UUID deliverableId, SessionUser me) {
    return deliverables
        .lockById(deliverableId)
        .filter(d -> d.getWorkspaceId().equals(me.workspaceId()))
        .orElseThrow(() -> new NotFoundException("Deliverable"));
  }
}
