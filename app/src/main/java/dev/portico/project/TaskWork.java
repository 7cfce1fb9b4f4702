package dev.portico.project;

import dev.portico.client.ClientDirectory;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.ProjectPlanning.CommentRow;
import dev.portico.project.ProjectPlanning.StaffMember;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff working on tasks and inbox items: the inbox (every open item assigned to me), one task with
 * its thread of Replies and Notes, answering, handing over, marking done.
 *
 * <p>A Reply on a task reaches the client only where the client can see the task: a client-visible
 * task, or a feedback item (its thread is the client's feedback conversation). On any other task a
 * Reply is refused, so nobody believes they answered a client who will never see it.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class TaskWork {

  /** An open item in my inbox. */
  public record InboxItem(
      UUID taskId,
      TaskKind kind,
      String title,
      String message,
      UUID projectId,
      String projectName,
      String clientName,
      TaskStatus status,
      TaskPriority priority,
      LocalDate dueDate,
      Instant createdAt,
      Instant respondBy,
      SlaState sla,
      boolean escalated) {}

  /** One task as staff see it. */
  public record TaskDetail(
      UUID id,
      TaskKind kind,
      String title,
      String description,
      TaskStatus status,
      TaskPriority priority,
      UUID projectId,
      String projectName,
      UUID clientId,
      String clientName,
      UUID assigneeId,
      String assigneeName,
      LocalDate dueDate,
      boolean clientVisible,
      Instant createdAt,
      Instant completedAt,
      Instant respondBy,
      SlaState sla,
      Instant escalatedAt,
      List<CommentRow> thread,
      List<AuditTrail.Entry> history) {

    /** Whether a Reply here reaches the client (else only Notes make sense). */
    public boolean repliesReachClient() {
      return clientVisible || kind == TaskKind.FEEDBACK;
    }

    /** Feedback is "handled" by answering the client; everything else is simply done. */
    public boolean needsAnswer() {
      return kind == TaskKind.FEEDBACK;
    }
  }

  private final Tasks tasks;
  private final Projects projects;
  private final Comments comments;
  private final Accounts accounts;
  private final ClientDirectory clients;
  private final AuditTrail audit;
  private final MailOutbox outbox;
  private final PorticoProperties properties;
  private final ApplicationEventPublisher events;
  private final WorkCompletedNews news;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final InboxRows inboxRows;

  TaskWork(
      Tasks tasks,
      Projects projects,
      Comments comments,
      Accounts accounts,
      ClientDirectory clients,
      AuditTrail audit,
      MailOutbox outbox,
      PorticoProperties properties,
      ApplicationEventPublisher events,
      WorkCompletedNews news,
      CurrentUser currentUser,
      Clock clock,
      InboxRows inboxRows) {
    this.tasks = tasks;
    this.projects = projects;
    this.comments = comments;
    this.accounts = accounts;
    this.clients = clients;
    this.audit = audit;
    this.outbox = outbox;
    this.properties = properties;
    this.events = events;
    this.news = news;
    this.currentUser = currentUser;
    this.clock = clock;
    this.inboxRows = inboxRows;
  }

  /** Every open item assigned to me: overdue answers first, then by answer time, then oldest. */
  public List<InboxItem> inbox() {
    return inbox(Set.of(), Integer.MAX_VALUE).items();
  }

  /**
   * A page of my inbox: the first {@code limit} open items assigned to me that are not in {@code
   * shown}, in the inbox's order (overdue answers first, then by answer time, then oldest).
   */
  public InboxPage inbox(Collection<UUID> shown, int limit) {
    SessionUser me = currentUser.require();
    List<InboxItem> items =
        inboxRows.page(me.workspaceId(), me.accountId(), shown, limit, clock.instant());
    int more =
        items.size() < limit
            ? 0
            : inboxRows.count(me.workspaceId(), me.accountId(), shown) - items.size();
    int open =
        shown.isEmpty()
            ? items.size() + more
            : inboxRows.count(me.workspaceId(), me.accountId(), Set.of());
    return new InboxPage(items, more, open);
  }

  /**
   * A page of the inbox.
   *
   * @param items the page's items
   * @param more how many open items there are after them (not shown before, nor on this page)
   * @param open how many open items there are in all
   */
  public record InboxPage(List<InboxItem> items, int more, int open) {}

  /** How many open items are assigned to me (the navigation's count). */
  public long openCount() {
    SessionUser me = currentUser.require();
    return tasks.countOpenAssignedTo(me.workspaceId(), me.accountId());
  }

  public TaskDetail task(UUID taskId) {
    Task t = find(taskId);
    List<Comment> thread = comments.findByTaskIdOrderByCreatedAt(taskId);
    Map<UUID, Account> people =
        accounts
            .findAllById(
                java.util.stream.Stream.concat(
                        thread.stream().map(Comment::getAuthorId),
                        java.util.stream.Stream.of(t.getAssigneeId()))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    Project project =
        t.getProjectId() == null ? null : projects.findById(t.getProjectId()).orElse(null);
    UUID clientId = t.getClientId() != null ? t.getClientId() : clientOf(project);
    return new TaskDetail(
        t.getId(),
        t.getKind(),
        t.getTitle(),
        t.getDescription(),
        t.getStatus(),
        t.getPriority(),
        t.getProjectId(),
        project == null ? null : project.getName(),
        clientId,
        clientId == null ? null : clients.names(List.of(clientId)).get(clientId),
        t.getAssigneeId(),
        t.getAssigneeId() == null ? null : name(people.get(t.getAssigneeId())),
        t.getDueDate(),
        t.isClientVisible(),
        t.getCreatedAt(),
        t.getCompletedAt(),
        t.getRespondBy(),
        sla(t, clock.instant()),
        t.getEscalatedAt(),
        thread.stream()
            .map(
                c -> {
                  Account author = people.get(c.getAuthorId());
                  return new CommentRow(
                      c.getId(),
                      c.getKind(),
                      name(author),
                      author != null && !author.getRole().isStaff(),
                      c.getBody(),
                      c.getCreatedAt());
                })
            .toList(),
        audit.about(t.getWorkspaceId(), List.of(t.getId())));
  }

  /**
   * A Reply (the client sees it at once) or a Note (the agency only) on a task.
   *
   * @throws ValidationException for a Reply on a task the client cannot see
   */
  @Transactional
  public UUID comment(
      UUID taskId,
      CommentKind kind,
      @NotBlank(message = "Write a message first")
          @Size(max = 10000, message = "At most 10000 characters")
          String body) {
    Task t = find(taskId);
    if (kind == CommentKind.REPLY && !repliesReachClient(t)) {
      throw new ValidationException(
          "The client cannot see this task, so a Reply would reach nobody. Leave a Note, or make"
              + " the task client-visible first.");
    }
    if (t.getStatus() == TaskStatus.TODO) {
      t.moveTo(TaskStatus.IN_PROGRESS, clock.instant());
    }
    return comments
        .save(Comment.onTask(t, currentUser.require().accountId(), kind, body, clock.instant()))
        .getId();
  }

  /**
   * Edits a task's title, description, assignee, due date, visibility and priority. Only planned
   * work: an item a flow made (feedback, revision, escalation) keeps the client's words and its
   * visibility, and is handed over with {@link #reassign}.
   */
  @Transactional
  public void update(UUID taskId, @Valid TaskForm form) {
    Task t = find(taskId);
    if (t.getKind() != TaskKind.WORK) {
      throw new ValidationException(
          "This item came from a flow; answer it, reassign it or mark it done instead.");
    }
    UUID assignee = form.assigneeId();
    if (assignee != null) {
      accounts
          .findByIdAndWorkspaceId(assignee, t.getWorkspaceId())
          .filter(a -> a.getRole().isStaff())
          .orElseThrow(() -> new NotFoundException("Staff member"));
    }
    t.edit(
        form.title(),
        form.description() == null || form.description().isBlank()
            ? null
            : form.description().trim(),
        assignee,
        form.dueDate(),
        form.clientVisible(),
        form.priority());
  }

  /** I am on it: the client sees "in progress" (feedback) and the item stays in my inbox. */
  @Transactional
  public void start(UUID taskId) {
    Task t = find(taskId);
    if (t.getStatus() == TaskStatus.TODO) {
      t.moveTo(TaskStatus.IN_PROGRESS, clock.instant());
    }
  }

  /**
   * Done, with an optional answer to the client posted as a Reply first. A feedback item is handled
   * only once the client has an answer: it needs a Reply in its thread or {@code answer}.
   *
   * @throws ValidationException for feedback without an answer, or an answer nobody would see
   */
  @Transactional
  public void complete(
      UUID taskId, @Size(max = 10000, message = "At most 10000 characters") String answer) {
    Task t = find(taskId);
    if (t.isDone()) {
      return;
    }
    boolean answering = answer != null && !answer.isBlank();
    if (answering) {
      comment(taskId, CommentKind.REPLY, answer);
    } else if (t.getKind() == TaskKind.FEEDBACK
        && !comments.existsByTaskIdAndKind(taskId, CommentKind.REPLY)) {
      throw new ValidationException("Answer the client before marking their feedback handled.");
    }
    SessionUser me = currentUser.require();
    t.moveTo(TaskStatus.DONE, clock.instant());
    audit.record(
        t.getWorkspaceId(),
        me.accountId(),
        t.getKind() == TaskKind.FEEDBACK ? "Feedback handled" : "Task done",
        t.getId(),
        t.getTitle());
    events.publishEvent(
        new TaskCompleted(t.getWorkspaceId(), t.getId(), t.getKind(), me.accountId()));
    news.taskDone(t, clock.instant());
  }

  /** Back to the list: reopened (e.g. marked done by mistake). Feedback stays answered. */
  @Transactional
  public void reopen(UUID taskId) {
    Task t = find(taskId);
    if (t.isDone() && t.getKind() != TaskKind.FEEDBACK) {
      t.moveTo(TaskStatus.IN_PROGRESS, clock.instant());
    }
  }

  /**
   * Hands the item to another staff member of the workspace: it moves to their inbox, they get a
   * mail, and the handover is in the task's history.
   */
  @Transactional
  public void reassign(UUID taskId, UUID staffId) {
    Task t = find(taskId);
    SessionUser me = currentUser.require();
    Account to =
        accounts
            .findByIdAndWorkspaceId(staffId, me.workspaceId())
            .filter(a -> a.getRole().isStaff())
            .orElseThrow(() -> new NotFoundException("Staff member"));
    if (to.getId().equals(t.getAssigneeId())) {
      return;
    }
    String from =
        t.getAssigneeId() == null
            ? "nobody"
            : accounts.findById(t.getAssigneeId()).map(Account::getName).orElse("nobody");
    t.assignTo(to.getId());
    audit.record(
        t.getWorkspaceId(),
        me.accountId(),
        "Reassigned",
        t.getId(),
        "From " + from + " to " + to.getName());
    outbox.enqueue(
        "task:" + t.getId() + ":assigned:" + to.getId() + ":" + clock.instant().toEpochMilli(),
        new Mail(
            to.getEmail(),
            "Assigned to you: " + t.getTitle(),
            """
            %s handed this to you:

            %s

            %s

            Open it: %s
            """
                .formatted(
                    me.name(),
                    t.getTitle(),
                    t.getDescription() == null ? "" : t.getDescription(),
                    properties.link("/staff/tasks/" + t.getId())),
            null));
  }

  public List<StaffMember> staff() {
    return accounts
        .findByWorkspaceIdAndClientIdIsNullOrderByName(currentUser.require().workspaceId())
        .stream()
        .map(a -> new StaffMember(a.getId(), a.getName()))
        .toList();
  }

  static SlaState sla(Task t, Instant now) {
    return sla(t.getCreatedAt(), t.getRespondBy(), t.isDone(), now);
  }

  static SlaState sla(Instant createdAt, Instant respondBy, boolean done, Instant now) {
    if (respondBy == null) {
      return SlaState.NONE;
    }
    if (done) {
      return SlaState.MET;
    }
    if (!now.isBefore(respondBy)) {
      return SlaState.OVERDUE;
    }
    Duration total = Duration.between(createdAt, respondBy);
    Duration left = Duration.between(now, respondBy);
    return left.compareTo(total.dividedBy(4)) < 0 ? SlaState.DUE_SOON : SlaState.ON_TIME;
  }

  private static boolean repliesReachClient(Task t) {
    return t.isClientVisible() || t.getKind() == TaskKind.FEEDBACK;
  }

  private static UUID clientOf(Project project) {
    return project == null ? null : project.getClientId();
  }

  private static String name(Account account) {
    return account == null ? "Former member" : account.getName();
  }

  private Task find(UUID taskId) {
    return tasks
        .findByIdAndWorkspaceId(taskId, currentUser.require().workspaceId())
        .orElseThrow(() -> new NotFoundException("Task"));
  }
}
