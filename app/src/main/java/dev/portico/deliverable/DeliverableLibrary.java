package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.project.ProjectPlanning;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.StoredFile;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Plan;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

  /** A deliverable as staff see it, with every version and decision. */
  public record Detail(
      Deliverable deliverable,
      List<DeliverableVersion> versions,
      List<DeliverableDecision> decisions) {}

  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final DeliverableDecisions decisions;
  private final ProjectPlanning planning;
  private final FileStore files;
  private final ReviewFlows flows;
  private final WorkspaceSettings workspaces;
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
      CurrentUser currentUser,
      Clock clock) {
    this.deliverables = deliverables;
    this.versions = versions;
    this.decisions = decisions;
    this.planning = planning;
    this.files = files;
    this.flows = flows;
    this.workspaces = workspaces;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  public UUID create(UUID projectId, @Valid DeliverableForm form) {
    var project = planning.detail(projectId); // not found outside the staff member's workspace
    if (form.milestoneId() != null
        && project.milestones().stream().noneMatch(m -> m.id().equals(form.milestoneId()))) {
      throw new NotFoundException("Milestone");
    }
    if (form.taskId() != null
        && project.tasks().stream().noneMatch(t -> t.id().equals(form.taskId()))) {
      throw new NotFoundException("Task");
    }
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
    boolean interactive = workspaces.policyOf(me.workspaceId()).plan() != Plan.STARTER;
    DeliverableStatus before = d.getStatus();
    if (!interactive) {
      d.shared();
      flows.startAfterCommit(d, v, DeliverableReviewProcess.MODE_READ_ONLY);
    } else if (before == DeliverableStatus.CHANGES_REQUESTED) {
      d.inReview();
      flows.newVersionReadyAfterCommit(d, v);
    } else {
      d.inReview();
      flows.startAfterCommit(d, v, DeliverableReviewProcess.MODE_INTERACTIVE);
    }
  }

  public List<Deliverable> list(UUID projectId) {
    planning.detail(projectId);
    return deliverables.findByProjectIdOrderByCreatedAtDesc(projectId);
  }

  public Detail detail(UUID deliverableId) {
    Deliverable d = own(deliverableId, currentUser.require());
    return new Detail(
        d,
        versions.findByDeliverableIdOrderByNumberDesc(deliverableId),
        decisions.findByDeliverableIdOrderByDecidedAtDesc(deliverableId));
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
