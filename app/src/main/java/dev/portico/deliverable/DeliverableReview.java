package dev.portico.deliverable;

import dev.portico.identity.AccountAccess;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.project.PortalProjects;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client reviews its company's deliverables: sees versions that were put in front of it,
 * approves one (which locks the deliverable at once) or asks for changes with feedback.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLIENT')")
public class DeliverableReview {

  /** A deliverable on the portal: no drafts, no internal fields. */
  public record PortalDeliverable(
      UUID id,
      UUID projectId,
      String title,
      String description,
      DeliverableStatus status,
      boolean canDecide,
      String approvedBy,
      Instant approvedAt,
      List<PortalVersion> versions) {

    /** The version the client looks at now: the newest one it was shown. */
    public PortalVersion current() {
      return versions.isEmpty() ? null : versions.getFirst();
    }
  }

  /** A version the client was shown, with the decision on it, if any. */
  public record PortalVersion(
      UUID id,
      int number,
      String fileName,
      String contentType,
      boolean inline,
      long sizeBytes,
      Instant readyAt,
      DeliverableDecision.Kind decision,
      String decidedBy,
      Instant decidedAt,
      String feedback) {}

  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final DeliverableDecisions decisions;
  private final PortalProjects portalProjects;
  private final ReviewFlows flows;
  private final AccountAccess people;
  private final CurrentUser currentUser;
  private final Clock clock;

  DeliverableReview(
      Deliverables deliverables,
      DeliverableVersions versions,
      DeliverableDecisions decisions,
      PortalProjects portalProjects,
      ReviewFlows flows,
      AccountAccess people,
      CurrentUser currentUser,
      Clock clock) {
    this.deliverables = deliverables;
    this.versions = versions;
    this.decisions = decisions;
    this.portalProjects = portalProjects;
    this.flows = flows;
    this.people = people;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @ClientRead
  public List<PortalDeliverable> forProject(UUID projectId) {
    portalProjects.project(projectId); // not found unless it is the client's
    return deliverables.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
        .filter(d -> d.getStatus() != DeliverableStatus.DRAFT)
        .map(this::portal)
        .toList();
  }

  /** What waits for the client's decision, across all of its company's projects. */
  @ClientRead
  public List<PortalDeliverable> waiting() {
    return portalProjects.myProjects().stream()
        .flatMap(p -> deliverables.findByProjectIdOrderByCreatedAtDesc(p.id()).stream())
        .filter(d -> d.getStatus() == DeliverableStatus.IN_REVIEW)
        .map(this::portal)
        .toList();
  }

  @ClientRead
  public PortalDeliverable view(UUID deliverableId) {
    return portal(visible(deliverables.findById(deliverableId)));
  }

  /** Approves the version the client saw; the deliverable is locked from this moment. */
  @Transactional
  @ClientAction
  public void approve(UUID deliverableId, UUID versionId) {
    SessionUser me = currentUser.require();
    Deliverable d = decidable(deliverableId, versionId);
    DeliverableVersion v = versions.findById(versionId).orElseThrow();
    decisions.save(
        new DeliverableDecision(
            v,
            d.getWorkspaceId(),
            me.accountId(),
            DeliverableDecision.Kind.APPROVED,
            null,
            clock.instant()));
    d.approve(versionId, me.accountId(), clock.instant());
    flows.decided(d, versionId, DeliverableReviewProcess.DECISION_APPROVED);
  }

  @Transactional
  @ClientAction
  public void requestChanges(
      UUID deliverableId,
      UUID versionId,
      @NotBlank(message = "Tell the team what to change")
          @Size(max = 10000, message = "At most 10000 characters")
          String feedback) {
    SessionUser me = currentUser.require();
    Deliverable d = decidable(deliverableId, versionId);
    DeliverableVersion v = versions.findById(versionId).orElseThrow();
    decisions.save(
        new DeliverableDecision(
            v,
            d.getWorkspaceId(),
            me.accountId(),
            DeliverableDecision.Kind.CHANGES_REQUESTED,
            feedback.trim(),
            clock.instant()));
    d.changesRequested();
    flows.decided(d, versionId, DeliverableReviewProcess.DECISION_CHANGES_REQUESTED);
  }

  /** Locks the row first: an approval and a new upload racing each other have one winner. */
  private Deliverable decidable(UUID deliverableId, UUID versionId) {
    Deliverable d = visible(deliverables.lockById(deliverableId));
    if (d.getStatus() == DeliverableStatus.SHARED) {
      throw new ValidationException("Your plan shows deliverables for viewing only.");
    }
    if (d.getStatus() != DeliverableStatus.IN_REVIEW) {
      throw new ValidationException(
          d.getStatus() == DeliverableStatus.APPROVED
              ? "This deliverable is already approved."
              : "This deliverable is not waiting for your review right now.");
    }
    if (!d.getCurrentVersionId().equals(versionId)) {
      throw new ValidationException(
          "A newer version was shared in the meantime. Please review that one.");
    }
    return d;
  }

  private Deliverable visible(java.util.Optional<Deliverable> found) {
    SessionUser me = currentUser.require();
    Deliverable d =
        found
            .filter(
                x ->
                    x.getWorkspaceId().equals(me.workspaceId())
                        && x.getStatus() != DeliverableStatus.DRAFT)
            .orElseThrow(() -> new NotFoundException("Deliverable"));
    portalProjects.project(d.getProjectId()); // the client's own company only
    return d;
  }

  private PortalDeliverable portal(Deliverable d) {
    var decided = decisions.findByDeliverableIdOrderByDecidedAtDesc(d.getId());
    List<PortalVersion> shown =
        versions.findByDeliverableIdOrderByNumberDesc(d.getId()).stream()
            .filter(v -> v.getReadyAt() != null)
            .map(
                v -> {
                  var decision =
                      decided.stream().filter(x -> x.getVersionId().equals(v.getId())).findFirst();
                  return new PortalVersion(
                      v.getId(),
                      v.getNumber(),
                      v.getFileName(),
                      v.getContentType(),
                      v.isInline(),
                      v.getSizeBytes(),
                      v.getReadyAt(),
                      decision.map(DeliverableDecision::getDecision).orElse(null),
                      decision.map(x -> nameOf(x.getDecidedBy())).orElse(null),
                      decision.map(DeliverableDecision::getDecidedAt).orElse(null),
                      decision.map(DeliverableDecision::getFeedback).orElse(null));
                })
            .toList();
    return new PortalDeliverable(
        d.getId(),
        d.getProjectId(),
        d.getTitle(),
        d.getDescription(),
        d.getStatus(),
        d.getStatus() == DeliverableStatus.IN_REVIEW,
        d.getApprovedBy() == null ? null : nameOf(d.getApprovedBy()),
        d.getApprovedAt(),
        shown);
  }

  private String nameOf(UUID accountId) {
    return people.nameOf(accountId).orElse("A former contact");
  }
}
