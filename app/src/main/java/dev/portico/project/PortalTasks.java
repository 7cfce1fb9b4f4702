package dev.portico.project;

import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.PortalProjects.PortalReply;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client's tasks: the client-visible tasks of its company's projects, each with its Reply
 * thread. A client reads and replies; creating, editing, reassigning or moving a task is staff work
 * and has no entry point here. Internal tasks and Notes never enter these read models.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLIENT')")
public class PortalTasks {

  /** A row of the portal's Tasks page. */
  public record PortalTaskRow(
      UUID id,
      UUID projectId,
      String projectName,
      String title,
      TaskStatus status,
      TaskPriority priority,
      String assigneeName,
      LocalDate dueDate) {}

  /** One task's portal page. */
  public record PortalTaskDetail(
      UUID id,
      UUID projectId,
      String projectName,
      String title,
      String description,
      TaskStatus status,
      TaskPriority priority,
      String assigneeName,
      LocalDate dueDate,
      List<PortalReply> replies) {}

  private final Tasks tasks;
  private final Projects projects;
  private final Comments comments;
  private final Accounts accounts;
  private final CurrentUser currentUser;
  private final Clock clock;

  PortalTasks(
      Tasks tasks,
      Projects projects,
      Comments comments,
      Accounts accounts,
      CurrentUser currentUser,
      Clock clock) {
    this.tasks = tasks;
    this.projects = projects;
    this.comments = comments;
    this.accounts = accounts;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * My company's client-visible tasks across its projects, soonest due first.
   *
   * @param projectId only this project's (null: all)
   * @param status only in this status (null: all)
   */
  @ClientRead
  public List<PortalTaskRow> myTasks(UUID projectId, TaskStatus status) {
    SessionUser me = currentUser.require();
    List<Task> visible = tasks.clientVisibleOf(me.workspaceId(), me.clientId());
    Map<UUID, String> projectNames =
        projects.findByWorkspaceIdAndClientIdOrderByName(me.workspaceId(), me.clientId()).stream()
            .collect(Collectors.toMap(Project::getId, Project::getName));
    Map<UUID, String> names = names(visible.stream().map(Task::getAssigneeId));
    return visible.stream()
        .filter(t -> projectId == null || projectId.equals(t.getProjectId()))
        .filter(t -> status == null || status == t.getStatus())
        .map(
            t ->
                new PortalTaskRow(
                    t.getId(),
                    t.getProjectId(),
                    projectNames.get(t.getProjectId()),
                    t.getTitle(),
                    t.getStatus(),
                    t.getPriority(),
                    names.get(t.getAssigneeId()),
                    t.getDueDate()))
        .toList();
  }

  /** A client-visible task of my company's; anything else is "not found". */
  @ClientRead
  public PortalTaskDetail task(UUID taskId) {
    Task t = find(taskId);
    List<Comment> replies = comments.findByTaskIdAndKindOrderByCreatedAt(taskId, CommentKind.REPLY);
    Map<UUID, Account> people =
        accounts
            .findAllById(
                Stream.concat(
                        replies.stream().map(Comment::getAuthorId), Stream.of(t.getAssigneeId()))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    Project project = projects.findById(t.getProjectId()).orElseThrow();
    return new PortalTaskDetail(
        t.getId(),
        project.getId(),
        project.getName(),
        t.getTitle(),
        t.getDescription(),
        t.getStatus(),
        t.getPriority(),
        t.getAssigneeId() == null ? null : nameOf(people.get(t.getAssigneeId())),
        t.getDueDate(),
        replies.stream().map(c -> reply(c, people.get(c.getAuthorId()))).toList());
  }

  /** My Reply on a client-visible task of my company's; staff see it in the task's thread. */
  @Transactional
  @ClientAction
  public UUID reply(
      UUID taskId,
      @NotBlank(message = "Write a message first")
          @Size(max = 10000, message = "At most 10000 characters")
          String body) {
    Task t = find(taskId);
    return comments
        .save(
            Comment.onTask(
                t, currentUser.require().accountId(), CommentKind.REPLY, body, clock.instant()))
        .getId();
  }

  static PortalReply reply(Comment c, Account author) {
    return new PortalReply(
        nameOf(author),
        author != null && author.getRole().isStaff(),
        c.getBody(),
        c.getCreatedAt());
  }

  private Map<UUID, String> names(Stream<UUID> ids) {
    return accounts.findAllById(ids.filter(Objects::nonNull).distinct().toList()).stream()
        .collect(Collectors.toMap(Account::getId, Account::getName));
  }

  private static String nameOf(Account account) {
    return account == null ? "Former member" : account.getName();
  }

  private Task find(UUID taskId) {
    SessionUser me = currentUser.require();
    return tasks
        .findByIdAndWorkspaceId(taskId, me.workspaceId())
        .filter(Task::isClientVisible)
        .filter(t -> t.getProjectId() != null)
        .filter(
            t ->
                projects
                    .findByIdAndWorkspaceIdAndClientId(
                        t.getProjectId(), me.workspaceId(), me.clientId())
                    .isPresent())
        .orElseThrow(() -> new NotFoundException("Task"));
  }
}
