package dev.portico.project;

import dev.portico.client.ClientDirectory;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Staff plan projects: milestones, tasks, Replies and Notes, within their own workspace. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class ProjectPlanning {

  /** A project in the staff list. */
  public record ProjectRow(
      UUID id,
      String name,
      String clientName,
      ProjectStatus status,
      String leadName,
      int percentDone,
      LocalDate nextDeadline) {}

  /** Everything staff see of one project, internal fields included. */
  public record ProjectDetail(
      UUID id,
      UUID clientId,
      String clientName,
      String name,
      String description,
      ProjectStatus status,
      LocalDate startDate,
      LocalDate endDate,
      UUID leadId,
      String leadName,
      BigDecimal budget,
      Progress progress,
      List<MilestoneRow> milestones,
      List<TaskRow> tasks,
      List<CommentRow> comments) {

    public ProjectForm toForm() {
      return new ProjectForm(
          clientId, name, description, status, startDate, endDate, leadId, budget);
    }
  }

  public record MilestoneRow(UUID id, String title, LocalDate dueDate, boolean done) {}

  public record TaskRow(
      UUID id,
      UUID projectId,
      String projectName,
      String title,
      TaskStatus status,
      String assigneeName,
      LocalDate dueDate,
      boolean clientVisible) {}

  public record CommentRow(
      UUID id,
      CommentKind kind,
      String authorName,
      boolean byClient,
      String body,
      Instant createdAt) {}

  /** A staff member who can lead a project or take a task. */
  public record StaffMember(UUID id, String name) {}

  private final Projects projects;
  private final ProjectRows rows;
  private final Milestones milestones;
  private final Tasks tasks;
  private final Comments comments;
  private final Accounts accounts;
  private final ClientDirectory clients;
  private final WorkCompletedNews news;
  private final CurrentUser currentUser;
  private final Clock clock;

  ProjectPlanning(
      Projects projects,
      ProjectRows rows,
      Milestones milestones,
      Tasks tasks,
      Comments comments,
      Accounts accounts,
      ClientDirectory clients,
      WorkCompletedNews news,
      CurrentUser currentUser,
      Clock clock) {
    this.projects = projects;
    this.rows = rows;
    this.milestones = milestones;
    this.tasks = tasks;
    this.comments = comments;
    this.accounts = accounts;
    this.clients = clients;
    this.news = news;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Sort keys of {@link #page}: the project's name (the default), its client's name. */
  public static final String SORT_NAME = "name";

  public static final String SORT_CLIENT = "clientName";

  /** Every project of the workspace, by name. */
  public List<ProjectRow> list() {
    return page(Pageable.unpaged(Sort.by(SORT_NAME)));
  }

  /**
   * One page of the workspace's projects, sorted by {@link #SORT_NAME} or {@link #SORT_CLIENT} (by
   * name when {@code page} is unsorted): two queries whatever the page's size (the count is a
   * third).
   *
   * @throws IllegalArgumentException when asked to sort by anything else
   */
  public List<ProjectRow> page(Pageable page) {
    UUID ws = workspaceId();
    List<ProjectRows.Listed> listed = rows.page(ws, page);
    if (listed.isEmpty()) {
      return List.of();
    }
    Map<UUID, ProjectRows.Listing> progress =
        rows.progress(
            ws, listed.stream().map(ProjectRows.Listed::id).toList(), LocalDate.now(clock));
    return listed.stream()
        .map(
            p ->
                new ProjectRow(
                    p.id(),
                    p.name(),
                    p.clientName(),
                    p.status(),
                    p.leadName(),
                    progress.get(p.id()).percentDone(),
                    progress.get(p.id()).nextDeadline()))
        .toList();
  }

  /** How many projects {@link #page} pages through. */
  public int count() {
    return rows.count(workspaceId());
  }

  public ProjectDetail detail(UUID projectId) {
    Project p = find(projectId);
    List<Milestone> projectMilestones =
        milestones.findByProjectIdOrderByDueDateAscTitleAsc(projectId);
    List<Task> projectTasks = tasks.findByProjectIdOrderByDueDateAscCreatedAtAsc(projectId);
    Map<UUID, Account> people =
        accounts
            .findAllById(
                comments.findByProjectIdAndTaskIdIsNullOrderByCreatedAt(projectId).stream()
                    .map(Comment::getAuthorId)
                    .toList())
            .stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    Map<UUID, String> staff = staffNames();
    return new ProjectDetail(
        p.getId(),
        p.getClientId(),
        clients.get(p.getClientId()).name(),
        p.getName(),
        p.getDescription(),
        p.getStatus(),
        p.getStartDate(),
        p.getEndDate(),
        p.getLeadId(),
        staff.get(p.getLeadId()),
        p.getBudget(),
        Progress.of(projectMilestones, projectTasks, projectTasks, LocalDate.now(clock)),
        projectMilestones.stream()
            .map(m -> new MilestoneRow(m.getId(), m.getTitle(), m.getDueDate(), m.isDone()))
            .toList(),
        projectTasks.stream().map(t -> taskRow(t, p, staff)).toList(),
        comments.findByProjectIdAndTaskIdIsNullOrderByCreatedAt(projectId).stream()
            .map(
                c -> {
                  Account author = people.get(c.getAuthorId());
                  return new CommentRow(
                      c.getId(),
                      c.getKind(),
                      author.getName(),
                      !author.getRole().isStaff(),
                      c.getBody(),
                      c.getCreatedAt());
                })
            .toList());
  }

  @Transactional
  public UUID create(@Valid ProjectForm form) {
    clients.get(form.clientId());
    requireStaff(form.leadId());
    Project project = new Project(workspaceId(), form.clientId(), clock.instant());
    apply(project, form);
    return projects.save(project).getId();
  }

  @Transactional
  public void update(UUID projectId, @Valid ProjectForm form) {
    Project project = find(projectId);
    if (!project.getClientId().equals(form.clientId())) {
      throw new ValidationException("A project cannot move to another client.");
    }
    requireStaff(form.leadId());
    apply(project, form);
  }

  @Transactional
  public UUID addMilestone(UUID projectId, @Valid MilestoneForm form) {
    Project project = find(projectId);
    return milestones
        .save(
            new Milestone(
                project.getWorkspaceId(), projectId, form.title(), form.dueDate(), clock.instant()))
        .getId();
  }

  @Transactional
  public void setMilestoneDone(UUID milestoneId, boolean done) {
    Milestone milestone =
        milestones
            .findByIdAndWorkspaceId(milestoneId, workspaceId())
            .orElseThrow(() -> new NotFoundException("Milestone"));
    boolean reached = done && !milestone.isDone();
    milestone.markDone(done, clock.instant());
    if (reached) {
      news.milestoneReached(milestone, clock.instant());
    }
  }

  @Transactional
  public UUID addTask(UUID projectId, @Valid TaskForm form) {
    Project project = find(projectId);
    if (form.assigneeId() != null) {
      requireStaff(form.assigneeId());
    }
    Task task =
        new Task(
                project.getWorkspaceId(),
                projectId,
                form.title(),
                blankToNull(form.description()),
                form.assigneeId(),
                form.dueDate(),
                form.clientVisible(),
                clock.instant())
            .ofKind(TaskKind.WORK, project.getClientId(), null);
    task.prioritise(form.priority());
    return tasks.save(task).getId();
  }

  @Transactional
  public void moveTask(UUID taskId, TaskStatus status) {
    Task task =
        tasks
            .findByIdAndWorkspaceId(taskId, workspaceId())
            .orElseThrow(() -> new NotFoundException("Task"));
    boolean done = status == TaskStatus.DONE && !task.isDone();
    task.moveTo(status, clock.instant());
    if (done) {
      news.taskDone(task, clock.instant());
    }
  }

  @Transactional
  public UUID comment(
      UUID projectId,
      CommentKind kind,
      @NotBlank(message = "Write a message first")
          @Size(max = 10000, message = "At most 10000 characters")
          String body) {
    Project project = find(projectId);
    return comments
        .save(
            new Comment(
                project.getWorkspaceId(),
                projectId,
                currentUser.require().accountId(),
                kind,
                body,
                clock.instant()))
        .getId();
  }

  /** The signed-in staff member's open tasks across projects, soonest due first. */
  public List<TaskRow> myOpenTasks() {
    Map<UUID, String> staff = staffNames();
    return tasks
        .findByWorkspaceIdAndAssigneeIdOrderByDueDateAsc(
            workspaceId(), currentUser.require().accountId())
        .stream()
        .filter(t -> !t.isDone())
        .map(
            t ->
                t.getProjectId() == null
                    ? taskRow(t, null, staff)
                    : taskRow(t, projects.getReferenceById(t.getProjectId()), staff))
        .toList();
  }

  public List<StaffMember> staff() {
    return accounts.findByWorkspaceIdAndClientIdIsNullOrderByName(workspaceId()).stream()
        .map(a -> new StaffMember(a.getId(), a.getName()))
        .toList();
  }

  /** A task in no project ({@code p} null, e.g. a dunning escalation) has no project id or name. */
  private static TaskRow taskRow(Task t, Project p, Map<UUID, String> staff) {
    return new TaskRow(
        t.getId(),
        p == null ? null : p.getId(),
        p == null ? null : p.getName(),
        t.getTitle(),
        t.getStatus(),
        t.getAssigneeId() == null ? null : staff.get(t.getAssigneeId()),
        t.getDueDate(),
        t.isClientVisible());
  }

  private void apply(Project project, ProjectForm form) {
    project.update(
        form.name(),
        blankToNull(form.description()),
        form.status(),
        form.startDate(),
        form.endDate(),
        form.leadId(),
        form.budget());
  }

  private void requireStaff(UUID accountId) {
    accounts
        .findByIdAndWorkspaceId(accountId, workspaceId())
        .filter(a -> a.getRole().isStaff())
        .orElseThrow(() -> new NotFoundException("Staff member"));
  }

  private Map<UUID, String> staffNames() {
    return accounts.findByWorkspaceIdAndClientIdIsNullOrderByName(workspaceId()).stream()
        .collect(Collectors.toMap(Account::getId, Account::getName));
  }

  private Project find(UUID projectId) {
    return projects
        .findByIdAndWorkspaceId(projectId, workspaceId())
        .orElseThrow(() -> new NotFoundException("Project"));
  }

  private UUID workspaceId() {
    return currentUser.require().workspaceId();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
