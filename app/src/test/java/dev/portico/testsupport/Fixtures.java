package dev.portico.testsupport;

import dev.portico.client.Client;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.client.ClientStatus;
import dev.portico.client.Clients;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.identity.PorticoUser;
import dev.portico.project.Comment;
import dev.portico.project.CommentKind;
import dev.portico.project.Comments;
import dev.portico.project.Milestone;
import dev.portico.project.Milestones;
import dev.portico.project.Project;
import dev.portico.project.ProjectStatus;
import dev.portico.project.Projects;
import dev.portico.project.Task;
import dev.portico.project.Tasks;
import dev.portico.shared.security.Role;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Plan;
import dev.portico.workspace.Workspace;
import dev.portico.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds isolated worlds for tests: each call makes a new agency with unique emails, so tests
 * sharing one database never see each other's rows.
 */
@Component
public class Fixtures {

  /** Two agencies: A with client companies 1 and 2, and B with one client; a project each. */
  public record World(
      Agency a, Agency b, SessionUser expiredClientA1, SessionUser revokedClientA1) {}

  public record Agency(
      UUID workspaceId,
      SessionUser owner,
      SessionUser staff,
      UUID client1,
      UUID client2,
      SessionUser clientOf1,
      SessionUser clientOf2,
      UUID project1,
      UUID project2,
      UUID milestone1,
      UUID internalTask1,
      UUID visibleTask1) {}

  private final Workspaces workspaces;
  private final Accounts accounts;
  private final Clients clients;
  private final ClientDirectory directory;
  private final Projects projects;
  private final Milestones milestones;
  private final Tasks tasks;
  private final Comments comments;
  private final Clock clock;
  private final TransactionTemplate tx;

  Fixtures(
      Workspaces workspaces,
      Accounts accounts,
      Clients clients,
      ClientDirectory directory,
      Projects projects,
      Milestones milestones,
      Tasks tasks,
      Comments comments,
      Clock clock,
      TransactionTemplate tx) {
    this.workspaces = workspaces;
    this.accounts = accounts;
    this.clients = clients;
    this.directory = directory;
    this.projects = projects;
    this.milestones = milestones;
    this.tasks = tasks;
    this.comments = comments;
    this.clock = clock;
    this.tx = tx;
  }

  public World world() {
    return tx.execute(
        s -> {
          Agency a = agency("A");
          Agency b = agency("B");
          String tag = a.workspaceId().toString().substring(0, 8);
          Account expired =
              Account.contact(
                  a.workspaceId(),
                  a.client1(),
                  "expired-" + tag + "@client.test",
                  "Ex Pired",
                  clock.instant());
          expired.activatePortalAccess(clock.instant().minus(Duration.ofHours(1)));
          Account revoked =
              Account.contact(
                  a.workspaceId(),
                  a.client1(),
                  "revoked-" + tag + "@client.test",
                  "Re Voked",
                  clock.instant());
          revoked.activatePortalAccess(null);
          revoked.revokeAccess(clock.instant());
          return new World(
              a, b, accounts.save(expired).sessionUser(), accounts.save(revoked).sessionUser());
        });
  }

  public Agency agency(String label) {
    return tx.execute(
        s -> {
          String tag = UUID.randomUUID().toString().substring(0, 8);
          Workspace ws =
              workspaces.save(
                  new Workspace(
                      "Agency " + label + " " + tag,
                      "agency-" + tag,
                      Plan.GROWTH,
                      clock.instant()));
          UUID id = ws.getId();
          Account owner =
              accounts.save(
                  Account.staff(
                      id,
                      "owner-" + tag + "@agency.test",
                      "Owner " + label,
                      Role.OWNER,
                      clock.instant()));
          Account staff =
              accounts.save(
                  Account.staff(
                      id,
                      "staff-" + tag + "@agency.test",
                      "Staff " + label,
                      Role.STAFF,
                      clock.instant()));
          Client c1 =
              clients.save(
                  new Client(
                      id,
                      "Client " + label + "1",
                      null,
                      "internal about " + label + "1",
                      clock.instant()));
          Client c2 =
              clients.save(new Client(id, "Client " + label + "2", null, null, clock.instant()));
          Account contact1 =
              accounts.save(
                  Account.contact(
                      id,
                      c1.getId(),
                      "c1-" + tag + "@client.test",
                      "Contact " + label + "1",
                      clock.instant()));
          Account contact2 =
              accounts.save(
                  Account.contact(
                      id,
                      c2.getId(),
                      "c2-" + tag + "@client.test",
                      "Contact " + label + "2",
                      clock.instant()));
          contact1.activatePortalAccess(null);
          contact2.activatePortalAccess(null);
          LocalDate today = LocalDate.now(clock);
          Project p1 = project(id, c1.getId(), staff.getId(), "Project " + label + "1");
          Project p2 = project(id, c2.getId(), staff.getId(), "Project " + label + "2");
          Milestone m1 =
              new Milestone(
                  id, p1.getId(), "Milestone " + label + "1", today.plusDays(3), clock.instant());
          milestones.save(m1);
          Milestone done =
              new Milestone(
                  id, p1.getId(), "Done milestone " + label, today.minusDays(3), clock.instant());
          done.markDone(true, clock.instant());
          milestones.save(done);
          Task internal =
              tasks.save(
                  new Task(
                      id,
                      p1.getId(),
                      "Internal task " + label,
                      null,
                      staff.getId(),
                      today.plusDays(1),
                      false,
                      clock.instant()));
          Task visible =
              tasks.save(
                  new Task(
                      id,
                      p1.getId(),
                      "Visible task " + label,
                      null,
                      staff.getId(),
                      today.plusDays(2),
                      true,
                      clock.instant()));
          comments.save(
              new Comment(
                  id,
                  p1.getId(),
                  staff.getId(),
                  CommentKind.REPLY,
                  "Reply for " + label + "1",
                  clock.instant()));
          comments.save(
              new Comment(
                  id,
                  p1.getId(),
                  staff.getId(),
                  CommentKind.NOTE,
                  "Secret note for " + label + "1",
                  clock.instant()));
          return new Agency(
              id,
              owner.sessionUser(),
              staff.sessionUser(),
              c1.getId(),
              c2.getId(),
              contact1.sessionUser(),
              contact2.sessionUser(),
              p1.getId(),
              p2.getId(),
              m1.getId(),
              internal.getId(),
              visible.getId());
        });
  }

  /**
   * {@code n} more client companies of the agency, "Paged 001" to "Paged n" (names that sort the
   * same in any collation), every third a lead, created by its staff member through the service;
   * their ids in that order.
   */
  public List<UUID> companies(Agency agency, int n) {
    var before = SecurityContextHolder.getContext().getAuthentication();
    signIn(agency.staff());
    try {
      List<UUID> ids = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        ids.add(
            directory.create(
                new ClientForm(
                    "Paged %03d".formatted(i),
                    null,
                    null,
                    i % 3 == 0 ? ClientStatus.LEAD : ClientStatus.CLIENT)));
      }
      return ids;
    } finally {
      SecurityContextHolder.getContext().setAuthentication(before);
    }
  }

  /** A contact who accepted an invitation. */
  private static Account active(Account contact) {
    contact.activatePortalAccess(null);
    return contact;
  }

  private Project project(UUID ws, UUID client, UUID lead, String name) {
    Project p = new Project(ws, client, clock.instant());
    p.update(
        name,
        null,
        ProjectStatus.ACTIVE,
        LocalDate.now(clock),
        null,
        lead,
        new BigDecimal("1234.00"));
    return projects.save(p);
  }

  /** Runs as this person, as if signed in. */
  public static void signIn(SessionUser user) {
    PorticoUser principal = new PorticoUser(user);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
