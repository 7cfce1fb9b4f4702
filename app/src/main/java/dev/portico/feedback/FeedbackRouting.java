package dev.portico.feedback;

import dev.portico.client.Client;
import dev.portico.client.Clients;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Contact;
import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.InboxThreads;
import dev.portico.project.InboxThreads.ItemState;
import dev.portico.project.LeadInbox;
import dev.portico.project.ProjectFacts;
import dev.portico.project.Task;
import dev.portico.project.TaskCompleted;
import dev.portico.project.TaskKind;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of feedback-routing, each idempotent on the feedback id (jobs come at least once): put
 * it in the inbox of who answers for it, tell them, escalate to the owner when the answer time
 * passed, and mail the client the answer. Also turns "handled" in the inbox into the flow's
 * message, in the same transaction.
 */
@Service
public class FeedbackRouting {

  private static final Logger log = LoggerFactory.getLogger(FeedbackRouting.class);

  /** Where the feedback went. */
  public record Routed(UUID taskId, Instant respondBy) {}

  private final Feedbacks feedbacks;
  private final LeadInbox inbox;
  private final InboxThreads threads;
  private final ProjectFacts projects;
  private final AccountAccess people;
  private final Clients clients;
  private final WorkspaceSettings workspaces;
  private final FeedbackMails mails;
  private final MailOutbox outbox;
  private final EngineCommands engine;
  private final Clock clock;

  FeedbackRouting(
      Feedbacks feedbacks,
      LeadInbox inbox,
      InboxThreads threads,
      ProjectFacts projects,
      AccountAccess people,
      Clients clients,
      WorkspaceSettings workspaces,
      FeedbackMails mails,
      MailOutbox outbox,
      EngineCommands engine,
      Clock clock) {
    this.feedbacks = feedbacks;
    this.inbox = inbox;
    this.threads = threads;
    this.projects = projects;
    this.people = people;
    this.clients = clients;
    this.workspaces = workspaces;
    this.mails = mails;
    this.outbox = outbox;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * An inbox item for the project's lead (the owner for general feedback or a project without
   * lead), due an answer within the workspace's business days. A second call returns the first's.
   */
  @Transactional
  public Routed route(UUID feedbackId) {
    Feedback f = lock(feedbackId);
    if (f.getTaskId() != null) {
      Task item = inbox.item(f.getWorkspaceId(), f.getTaskId()).orElseThrow();
      return new Routed(item.getId(), item.getRespondBy());
    }
    WorkspacePolicy policy = workspaces.policyOf(f.getWorkspaceId());
    Instant respondBy =
        addBusinessDays(f.getCreatedAt(), policy.feedbackSlaBusinessDays(), policy.zone());
    UUID assignee = inbox.whoAnswersFor(f.getWorkspaceId(), f.getProjectId());
    String author = people.nameOf(f.getAuthorId()).orElse("A client");
    UUID taskId =
        inbox.add(
            new LeadInbox.NewItem(
                f.getWorkspaceId(),
                f.getProjectId(),
                f.getClientId(),
                assignee,
                TaskKind.FEEDBACK,
                "Feedback from " + author,
                f.getBody(),
                respondBy));
    f.routedTo(taskId);
    log.info("Feedback {} is in the inbox of {} as item {}", feedbackId, assignee, taskId);
    return new Routed(taskId, respondBy);
  }

  /** Mails the assignee the message and the link to the item; once per feedback. */
  @Transactional
  public void notifyAssignee(UUID feedbackId) {
    Feedback f = lock(feedbackId);
    Task item = routedItem(f);
    if (f.getAssigneeNotifiedAt() == null && item.getAssigneeId() != null) {
      people
          .emailOf(item.getAssigneeId())
          .ifPresent(
              email ->
                  outbox.enqueue(
                      "feedback:" + feedbackId + ":routed",
                      mails.toAssignee(email, facts(f), item, zone(f))));
    }
    f.assigneeNotified(clock.instant());
  }

  /**
   * The answer time passed: the owner gets an escalation item and a mail (once); the feedback stays
   * with its assignee. Nothing happens when it was handled meanwhile.
   */
  @Transactional
  public void escalate(UUID feedbackId) {
    Feedback f = lock(feedbackId);
    Task item = routedItem(f);
    if (item.isDone() || f.getEscalationTaskId() != null) {
      return;
    }
    inbox.escalate(f.getWorkspaceId(), item.getId());
    UUID owner = inbox.ownerOf(f.getWorkspaceId());
    FeedbackMails.Facts facts = facts(f);
    UUID escalation =
        inbox.add(
            new LeadInbox.NewItem(
                f.getWorkspaceId(),
                f.getProjectId(),
                f.getClientId(),
                owner,
                TaskKind.ESCALATION,
                "Unanswered feedback from " + facts.authorName() + " (" + facts.clientName() + ")",
                mails.escalationText(facts, item, zone(f)),
                null));
    f.escalatedAs(escalation);
    people
        .emailOf(owner)
        .ifPresent(
            email ->
                outbox.enqueue(
                    "feedback:" + feedbackId + ":escalated",
                    mails.escalation(email, facts, item, zone(f))));
    log.info(
        "Feedback {} had no answer by {}: escalated to the owner", feedbackId, item.getRespondBy());
  }

  /** Mails the client the agency's Replies (never Notes); once per feedback. */
  @Transactional
  public void mailAnswer(UUID feedbackId) {
    Feedback f = lock(feedbackId);
    if (f.getClientNotifiedAt() != null) {
      return;
    }
    Task item = routedItem(f);
    ItemState state = threads.states(f.getWorkspaceId(), List.of(item.getId())).get(item.getId());
    Contact author =
        people.contactsOf(f.getClientId()).stream()
            .filter(c -> c.id().equals(f.getAuthorId()))
            .findFirst()
            .orElse(null);
    if (author != null && !state.replies().isEmpty()) {
      outbox.enqueue(
          "feedback:" + feedbackId + ":answered",
          mails.answer(author, facts(f), state.replies(), workspaces.policyOf(f.getWorkspaceId())));
    }
    f.clientNotified(clock.instant());
  }

  /** Handled in the inbox: the flow hears it once the change commits; the escalation closes. */
  @EventListener
  void on(TaskCompleted done) {
    if (done.kind() != TaskKind.FEEDBACK) {
      return;
    }
    feedbacks
        .findByWorkspaceIdAndTaskId(done.workspaceId(), done.taskId())
        .ifPresent(
            f -> {
              engine.publish(
                  f.getWorkspaceId(),
                  FeedbackRoutingProcess.ID,
                  FeedbackRoutingProcess.MESSAGE_HANDLED,
                  f.getId().toString(),
                  FeedbackRoutingProcess.MESSAGE_HANDLED + ":" + f.getId(),
                  Map.of());
              if (f.getEscalationTaskId() != null) {
                inbox.close(f.getWorkspaceId(), f.getEscalationTaskId());
              }
            });
  }

  /** {@code days} business days (Monday to Friday in {@code zone}) after {@code from}. */
  static Instant addBusinessDays(Instant from, int days, ZoneId zone) {
    ZonedDateTime at = from.atZone(zone);
    int added = 0;
    while (added < days) {
      at = at.plusDays(1);
      if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return at.toInstant();
  }

  private FeedbackMails.Facts facts(Feedback f) {
    String projectName = f.getProjectId() == null ? null : projects.of(f.getProjectId()).name();
    return new FeedbackMails.Facts(
        f.getId(),
        f.getBody(),
        f.getCreatedAt(),
        people.nameOf(f.getAuthorId()).orElse("A client"),
        clients.findById(f.getClientId()).map(Client::getName).orElse("a client"),
        projectName,
        workspaces.policyOf(f.getWorkspaceId()).branding());
  }

  private ZoneId zone(Feedback f) {
    return workspaces.policyOf(f.getWorkspaceId()).zone();
  }

  private Task routedItem(Feedback f) {
    if (f.getTaskId() == null) {
      throw new IllegalStateException("Feedback " + f.getId() + " is not routed yet");
    }
    return inbox.item(f.getWorkspaceId(), f.getTaskId()).orElseThrow();
  }

  private Feedback lock(UUID feedbackId) {
    return feedbacks.lockById(feedbackId).orElseThrow(() -> new NotFoundException("Feedback"));
  }
}
