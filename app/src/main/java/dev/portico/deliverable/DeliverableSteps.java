package dev.portico.deliverable;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Contact;
import dev.portico.project.LeadInbox;
import dev.portico.project.ProjectFacts;
import dev.portico.project.TaskKind;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.workspace.BrandedMail;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalLinks;
import dev.portico.workspace.WorkspaceSettings;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of deliverable-review, one method per job type; each is idempotent (mails
 * under an outbox key per deliverable, version and step; the revision task once per round).
 */
@Service
public class DeliverableSteps {

  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final DeliverableDecisions decisions;
  private final ProjectFacts projects;
  private final AccountAccess people;
  private final LeadInbox inbox;
  private final MailOutbox outbox;
  private final PorticoProperties properties;
  private final PortalLinks links;
  private final WorkspaceSettings workspaces;
  private final Clock clock;

  DeliverableSteps(
      Deliverables deliverables,
      DeliverableVersions versions,
      DeliverableDecisions decisions,
      ProjectFacts projects,
      AccountAccess people,
      LeadInbox inbox,
      MailOutbox outbox,
      PorticoProperties properties,
      PortalLinks links,
      WorkspaceSettings workspaces,
      Clock clock) {
    this.deliverables = deliverables;
    this.versions = versions;
    this.decisions = decisions;
    this.projects = projects;
    this.people = people;
    this.inbox = inbox;
    this.outbox = outbox;
    this.properties = properties;
    this.links = links;
    this.workspaces = workspaces;
    this.clock = clock;
  }

  @Transactional
  public void notifyClient(UUID deliverableId, UUID versionId) {
    Deliverable d = find(deliverableId);
    var project = projects.of(d.getProjectId());
    boolean shared = d.getStatus() == DeliverableStatus.SHARED;
    String ask = shared ? "is ready to view" : "is ready for your review";
    Branding brand = workspaces.policyOf(d.getWorkspaceId()).branding();
    for (Contact to : reviewers(project.clientId())) {
      outbox.enqueue(
          "review:" + versionId + ":notify:" + to.email(),
          BrandedMail.toClient(
              to.email(),
              to.name(),
              brand,
              d.getTitle() + " " + ask,
              List.of(
                  "%s shared \"%s\" (%s) with you%s."
                      .formatted(
                          brand.agencyName(),
                          d.getTitle(),
                          project.name(),
                          shared ? "" : " for your review"),
                  shared
                      ? "Have a look in your portal."
                      : "Open it in your portal, then approve it or tell the team what to change."),
              link(d),
              shared ? "View it" : "Review it",
              List.of()));
    }
  }

  @Transactional
  public void sendReminder(UUID deliverableId, UUID versionId, long jobKey) {
    Deliverable d = find(deliverableId);
    if (d.getStatus() != DeliverableStatus.IN_REVIEW
        || !versionId.equals(d.getCurrentVersionId())) {
      return;
    }
    var project = projects.of(d.getProjectId());
    Branding brand = workspaces.policyOf(d.getWorkspaceId()).branding();
    for (Contact to : reviewers(project.clientId())) {
      outbox.enqueue(
          "review:" + versionId + ":reminder:" + jobKey + ":" + to.email(),
          BrandedMail.toClient(
              to.email(),
              to.name(),
              brand,
              "Reminder: " + d.getTitle() + " waits for your review",
              List.of(
                  "\"%s\" (%s) still waits for your decision."
                      .formatted(d.getTitle(), project.name()),
                  "Approve it, or tell the team what to change: it only takes a minute."),
              link(d),
              "Review it",
              List.of()));
    }
  }

  /** The client's contacts who can open the portal now. */
  private List<Contact> reviewers(UUID clientId) {
    return people.contactsOf(clientId).stream().filter(Contact::portalAccess).toList();
  }

  @Transactional
  public void notifyOverdue(UUID deliverableId, UUID versionId) {
    Deliverable d = find(deliverableId);
    if (d.getStatus() != DeliverableStatus.IN_REVIEW) {
      return;
    }
    var project = projects.of(d.getProjectId());
    people
        .emailOf(project.leadId())
        .ifPresent(
            lead ->
                outbox.enqueue(
                    "review:" + versionId + ":overdue",
                    new Mail(
                        lead,
                        "Review overdue: " + d.getTitle(),
                        "The client has not decided on \""
                            + d.getTitle()
                            + "\" ("
                            + project.name()
                            + ") within the review window.\n"
                            + staffLink(d)
                            + "\n",
                        null)));
  }

  /**
   * The deliverable was locked when the client approved; tell the lead, complete what it delivers.
   */
  @Transactional
  public void completeApproval(UUID deliverableId) {
    Deliverable d = find(deliverableId);
    if (d.getStatus() != DeliverableStatus.APPROVED) {
      throw new IllegalStateException("Deliverable " + deliverableId + " is not approved");
    }
    var project = projects.of(d.getProjectId());
    projects.complete(d.getWorkspaceId(), d.getMilestoneId(), d.getTaskId());
    String by = people.nameOf(d.getApprovedBy()).orElse("The client");
    DeliverableVersion v = versions.findById(d.getApprovedVersionId()).orElseThrow();
    people
        .emailOf(project.leadId())
        .ifPresent(
            lead ->
                outbox.enqueue(
                    "review:" + deliverableId + ":approved",
                    new Mail(
                        lead,
                        "Approved: " + d.getTitle(),
                        by
                            + " approved version "
                            + v.getNumber()
                            + " of \""
                            + d.getTitle()
                            + "\" ("
                            + project.name()
                            + "). It is locked now.\n"
                            + staffLink(d)
                            + "\n",
                        null)));
    deliverables.approvalCompleted(deliverableId, d.getWorkspaceId(), clock.instant());
  }

  /** Changes requested: a revision task in the lead's inbox (once per round) and a mail. */
  @Transactional
  public void createRevisionTask(UUID deliverableId, int round, int includedRounds) {
    Deliverable d = find(deliverableId);
    var project = projects.of(d.getProjectId());
    var feedback =
        decisions.findByDeliverableIdOrderByDecidedAtDesc(deliverableId).stream()
            .filter(x -> x.getDecision() == DeliverableDecision.Kind.CHANGES_REQUESTED)
            .findFirst()
            .map(DeliverableDecision::getFeedback)
            .orElse("");
    String extra =
        round > includedRounds ? " — beyond the " + includedRounds + " included rounds" : "";
    boolean first =
        outbox.enqueue(
            "review:" + deliverableId + ":revision:" + round + ":lead",
            new Mail(
                people
                    .emailOf(project.leadId())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "Project \""
                                    + project.name()
                                    + "\" has no lead to revise \""
                                    + d.getTitle()
                                    + "\": assign a lead, then retry")),
                "Changes requested: " + d.getTitle(),
                "The client asked for changes to \""
                    + d.getTitle()
                    + "\" (round "
                    + round
                    + extra
                    + "):\n\n"
                    + feedback
                    + "\n\nUpload the next version: "
                    + staffLink(d)
                    + "\n",
                null));
    if (first) {
      inbox.addTaskForLead(
          d.getWorkspaceId(),
          d.getProjectId(),
          TaskKind.REVISION,
          "Revise " + d.getTitle() + " (round " + round + extra + ")",
          feedback);
    }
  }

  /** Where staff open the deliverable (the portal link would answer "not found" for them). */
  private String staffLink(Deliverable d) {
    return properties.link("/staff/deliverables/" + d.getId());
  }

  private String link(Deliverable d) {
    return links.toPortal(
        d.getWorkspaceId(), "/portal/projects/" + d.getProjectId() + "/deliverables/" + d.getId());
  }

  private Deliverable find(UUID deliverableId) {
    return deliverables
        .findById(deliverableId)
        .orElseThrow(() -> new NotFoundException("Deliverable"));
  }
}
