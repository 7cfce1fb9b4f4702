package dev.portico.project;

import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client's view of its company's projects. Its read models carry no internal field (no budget,
 * no Notes, no internal tasks) so a portal view cannot show one by mistake.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLIENT')")
public class PortalProjects {

  /** A project card on the portal. */
  public record ProjectProgress(
      UUID id,
      String name,
      ProjectStatus status,
      LocalDate startDate,
      LocalDate endDate,
      Progress progress) {}

  /** One project's page on the portal. */
  public record PortalProject(
      UUID id,
      String name,
      String description,
      ProjectStatus status,
      LocalDate startDate,
      LocalDate endDate,
      String leadName,
      List<TeamMember> team,
      Progress progress,
      List<PortalMilestone> milestones,
      List<PortalTask> tasks,
      List<PortalReply> replies) {}

  /** Someone of the agency working on the project: a name and a role, nothing else. */
  public record TeamMember(String name, String role) {}

  public record PortalMilestone(String title, LocalDate dueDate, boolean done) {}

  public record PortalTask(UUID id, String title, TaskStatus status, LocalDate dueDate) {}

  public record PortalReply(
      String authorName, boolean fromAgency, String body, Instant createdAt) {}

  private final Projects projects;
  private final Milestones milestones;
  private final Tasks tasks;
  private final Comments comments;
  private final Accounts accounts;
  private final CurrentUser currentUser;
  private final Clock clock;

  PortalProjects(
      Projects projects,
      Milestones milestones,
      Tasks tasks,
      Comments comments,
      Accounts accounts,
      CurrentUser currentUser,
      Clock clock) {
    this.projects = projects;
    this.milestones = milestones;
    this.tasks = tasks;
    this.comments = comments;
    this.accounts = accounts;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @ClientRead
  public List<ProjectProgress> myProjects() {
    SessionUser me = currentUser.require();
    List<Project> mine =
        projects.findByWorkspaceIdAndClientIdOrderByName(me.workspaceId(), me.clientId());
    List<UUID> ids = mine.stream().map(Project::getId).toList();
    Map<UUID, List<Milestone>> ms =
        milestones.findByProjectIdIn(ids).stream()
            .collect(Collectors.groupingBy(Milestone::getProjectId));
    Map<UUID, List<Task>> ts =
        tasks.findByProjectIdIn(ids).stream().collect(Collectors.groupingBy(Task::getProjectId));
    return mine.stream()
        .map(
            p ->
                new ProjectProgress(
                    p.getId(),
                    p.getName(),
                    p.getStatus(),
                    p.getStartDate(),
                    p.getEndDate(),
                    progress(
                        ms.getOrDefault(p.getId(), List.of()),
                        ts.getOrDefault(p.getId(), List.of()))))
        .toList();
  }

  @ClientRead
  public PortalProject project(UUID projectId) {
    Project p = find(projectId);
    List<Milestone> projectMilestones =
        milestones.findByProjectIdOrderByDueDateAscTitleAsc(projectId);
    List<Task> projectTasks = tasks.findByProjectIdOrderByDueDateAscCreatedAtAsc(projectId);
    List<Comment> replies =
        comments.findByProjectIdAndTaskIdIsNullAndKindOrderByCreatedAt(
            projectId, CommentKind.REPLY);
    Map<UUID, Account> people =
        accounts.findAllById(replies.stream().map(Comment::getAuthorId).toList()).stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    String leadName = accounts.findById(p.getLeadId()).map(Account::getName).orElse(null);
    return new PortalProject(
        p.getId(),
        p.getName(),
        p.getDescription(),
        p.getStatus(),
        p.getStartDate(),
        p.getEndDate(),
        leadName,
        team(p, projectTasks),
        progress(projectMilestones, projectTasks),
        projectMilestones.stream()
            .map(m -> new PortalMilestone(m.getTitle(), m.getDueDate(), m.isDone()))
            .toList(),
        projectTasks.stream()
            .filter(Task::isClientVisible)
            .map(t -> new PortalTask(t.getId(), t.getTitle(), t.getStatus(), t.getDueDate()))
            .toList(),
        replies.stream()
            .map(
                c -> {
                  Account author = people.get(c.getAuthorId());
                  return new PortalReply(
                      author.getName(), author.getRole().isStaff(), c.getBody(), c.getCreatedAt());
                })
            .toList());
  }

  /** The client writes a Reply on one of its company's projects. */
  @Transactional
  @ClientAction
  public void reply(
      UUID projectId,
      @NotBlank(message = "Write a message first")
          @Size(max = 10000, message = "At most 10000 characters")
          String body) {
    Project p = find(projectId);
    comments.save(
        new Comment(
            p.getWorkspaceId(),
            p.getId(),
            currentUser.require().accountId(),
            CommentKind.REPLY,
            body,
            clock.instant()));
  }

  /**
   * The lead first ("Project lead"), then everyone of the agency with a task on the project, by
   * name; each with their job title when they have one.
   */
  private List<TeamMember> team(Project p, List<Task> projectTasks) {
    Set<UUID> ids = new LinkedHashSet<>();
    ids.add(p.getLeadId());
    projectTasks.stream().map(Task::getAssigneeId).filter(Objects::nonNull).forEach(ids::add);
    Map<UUID, Account> staff =
        accounts.findAllById(ids).stream()
            .filter(a -> a.getRole().isStaff() && a.getWorkspaceId().equals(p.getWorkspaceId()))
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    List<TeamMember> team = new ArrayList<>();
    Account lead = staff.remove(p.getLeadId());
    if (lead != null) {
      team.add(new TeamMember(lead.getName(), role("Project lead", lead.getJobTitle())));
    }
    staff.values().stream()
        .sorted(Comparator.comparing(Account::getName, String.CASE_INSENSITIVE_ORDER))
        .forEach(a -> team.add(new TeamMember(a.getName(), role(null, a.getJobTitle()))));
    return team;
  }

  private static String role(String part, String jobTitle) {
    boolean hasTitle = jobTitle != null && !jobTitle.isBlank();
    if (part == null) {
      return hasTitle ? jobTitle.trim() : "Team member";
    }
    return hasTitle ? part + " · " + jobTitle.trim() : part;
  }

  private Progress progress(List<Milestone> projectMilestones, List<Task> projectTasks) {
    return Progress.of(
        projectMilestones,
        projectTasks,
        projectTasks.stream().filter(Task::isClientVisible).toList(),
        LocalDate.now(clock));
  }

  private Project find(UUID projectId) {
    SessionUser me = currentUser.require();
    return projects
        .findByIdAndWorkspaceIdAndClientId(projectId, me.workspaceId(), me.clientId())
        .orElseThrow(() -> new NotFoundException("Project"));
  }
}
