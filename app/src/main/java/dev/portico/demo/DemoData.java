package dev.portico.demo;

import dev.portico.client.Client;
import dev.portico.client.Clients;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.Comment;
import dev.portico.project.CommentKind;
import dev.portico.project.Comments;
import dev.portico.project.Milestone;
import dev.portico.project.Milestones;
import dev.portico.project.Project;
import dev.portico.project.ProjectStatus;
import dev.portico.project.Projects;
import dev.portico.project.Task;
import dev.portico.project.TaskStatus;
import dev.portico.project.Tasks;
import dev.portico.shared.security.Role;
import dev.portico.workspace.Plan;
import dev.portico.workspace.Workspace;
import dev.portico.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo agency once (skipped when it exists): staff, two client companies with contacts,
 * projects with milestones, tasks, Replies and Notes. Dates are relative to today so the demo
 * always has upcoming deadlines.
 */
@Service
public class DemoData {

  public static final String SLUG = "demo";
  public static final String OWNER_EMAIL = "olivia@northwind.studio";
  public static final String STAFF_EMAIL = "sam@northwind.studio";
  public static final String CLIENT_A_EMAIL = "alex@acme.example";
  public static final String CLIENT_B_EMAIL = "bea@globex.example";
  public static final String WEBSITE_PROJECT = "Website redesign";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Workspaces workspaces;
  private final Accounts accounts;
  private final Clients clients;
  private final Projects projects;
  private final Milestones milestones;
  private final Tasks tasks;
  private final Comments comments;
  private final Clock clock;

  DemoData(
      Workspaces workspaces,
      Accounts accounts,
      Clients clients,
      Projects projects,
      Milestones milestones,
      Tasks tasks,
      Comments comments,
      Clock clock) {
    this.workspaces = workspaces;
    this.accounts = accounts;
    this.clients = clients;
    this.projects = projects;
    this.milestones = milestones;
    this.tasks = tasks;
    this.comments = comments;
    this.clock = clock;
  }

  /**
   * @return whether it seeded (false when the demo agency already exists)
   */
  @Transactional
  public boolean seedOnce() {
    if (workspaces.findBySlug(SLUG).isPresent()) {
      return false;
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Workspace agency = workspaces.save(new Workspace("Northwind Studio", SLUG, Plan.GROWTH, now));
    agency.brand(
        null,
        "#7c3aed",
        "Welcome to your Northwind project space. Everything we are building for you, in one place.",
        "hello@northwind.studio");
    UUID ws = agency.getId();

    Account olivia = Account.staff(ws, OWNER_EMAIL, "Olivia Owner", Role.OWNER, now);
    olivia.update("Olivia Owner", "Managing director");
    olivia = accounts.save(olivia);
    Account sam = Account.staff(ws, STAFF_EMAIL, "Sam Lead", Role.STAFF, now);
    sam.update("Sam Lead", "Design lead");
    sam = accounts.save(sam);

    Client acme =
        clients.save(
            new Client(
                ws, "Acme Corp", "https://acme.example", "Pays late; keep the CFO in copy.", now));
    Client globex = clients.save(new Client(ws, "Globex", "https://globex.example", null, now));
    Account alex = accounts.save(activeContact(ws, acme, CLIENT_A_EMAIL, "Alex Client"));
    accounts.save(Account.contact(ws, acme.getId(), "jordan@acme.example", "Jordan Finance", now));
    Account bea = accounts.save(activeContact(ws, globex, CLIENT_B_EMAIL, "Bea Globex"));

    Project website =
        project(
            ws,
            acme,
            sam,
            WEBSITE_PROJECT,
            "A new marketing site with a faster checkout.",
            ProjectStatus.ACTIVE,
            today.minusWeeks(3),
            today.plusWeeks(6),
            "42000.00");
    milestone(ws, website, "Discovery workshop", today.minusWeeks(2), true);
    milestone(ws, website, "Design approved", today.plusDays(5), false);
    milestone(ws, website, "Launch", today.plusWeeks(6), false);
    task(ws, website, sam, "Moodboard", today.minusWeeks(2), true, TaskStatus.DONE);
    task(ws, website, sam, "Homepage wireframes", today.plusDays(2), true, TaskStatus.IN_PROGRESS);
    task(ws, website, olivia, "Check hosting margins", today.plusDays(3), false, TaskStatus.TODO);
    comments.save(
        new Comment(
            ws,
            website.getId(),
            sam.getId(),
            CommentKind.REPLY,
            "Wireframes are on their way: expect them on Friday.",
            now.minusSeconds(7200)));
    comments.save(
        new Comment(
            ws,
            website.getId(),
            alex.getId(),
            CommentKind.REPLY,
            "Great, looking forward to it!",
            now.minusSeconds(3600)));
    comments.save(
        new Comment(
            ws,
            website.getId(),
            olivia.getId(),
            CommentKind.NOTE,
            "Internal: budget is tight, keep revisions to two rounds.",
            now.minusSeconds(1800)));

    Project brand =
        project(
            ws,
            acme,
            olivia,
            "Brand refresh",
            "Logo and brand guidelines.",
            ProjectStatus.PLANNED,
            today.plusWeeks(4),
            today.plusWeeks(10),
            "18000.00");
    milestone(ws, brand, "Kick-off", today.plusWeeks(4), false);

    Project app =
        project(
            ws,
            globex,
            sam,
            "Mobile app MVP",
            "iOS and Android app for field staff.",
            ProjectStatus.ACTIVE,
            today.minusWeeks(6),
            today.plusWeeks(8),
            "96000.00");
    milestone(ws, app, "Prototype", today.minusWeeks(3), true);
    milestone(ws, app, "Beta release", today.plusWeeks(2), false);
    task(ws, app, sam, "Offline sync", today.plusDays(9), true, TaskStatus.IN_PROGRESS);
    comments.save(
        new Comment(
            ws,
            app.getId(),
            bea.getId(),
            CommentKind.REPLY,
            "Can the beta include the photo upload?",
            now.minusSeconds(5400)));
    comments.save(
        new Comment(
            ws,
            app.getId(),
            sam.getId(),
            CommentKind.NOTE,
            "Internal: photo upload is out of scope, quote separately.",
            now.minusSeconds(5000)));

    log.info(
        "Demo agency seeded: staff {} / {}, clients {} / {}",
        OWNER_EMAIL,
        STAFF_EMAIL,
        CLIENT_A_EMAIL,
        CLIENT_B_EMAIL);
    return true;
  }

  /** Demo contacts have accepted their invitation already; Jordan has not been invited yet. */
  private Account activeContact(UUID ws, Client client, String email, String name) {
    Account contact = Account.contact(ws, client.getId(), email, name, clock.instant());
    contact.activatePortalAccess(null);
    return contact;
  }

  private Project project(
      UUID ws,
      Client client,
      Account lead,
      String name,
      String description,
      ProjectStatus status,
      LocalDate start,
      LocalDate end,
      String budget) {
    Project project = new Project(ws, client.getId(), clock.instant());
    project.update(name, description, status, start, end, lead.getId(), new BigDecimal(budget));
    return projects.save(project);
  }

  private void milestone(UUID ws, Project project, String title, LocalDate due, boolean done) {
    Milestone milestone = new Milestone(ws, project.getId(), title, due, clock.instant());
    milestone.markDone(done, clock.instant());
    milestones.save(milestone);
  }

  private void task(
      UUID ws,
      Project project,
      Account assignee,
      String title,
      LocalDate due,
      boolean clientVisible,
      TaskStatus status) {
    Task task =
        new Task(
            ws,
            project.getId(),
            title,
            null,
            assignee.getId(),
            due,
            clientVisible,
            clock.instant());
    task.moveTo(status, clock.instant());
    tasks.save(task);
  }
}
