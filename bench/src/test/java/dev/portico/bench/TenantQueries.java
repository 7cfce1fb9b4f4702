package dev.portico.bench;

import dev.portico.client.ClientDirectory;
import dev.portico.identity.Accounts;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalTasks;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.TaskStatus;
import dev.portico.project.TaskWork;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.Fixtures;
import dev.portico.workspace.WorkspaceSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tenant-scoped reads at scale: a dataset of workspaces built with bulk SQL, then the staff lists
 * (as their lazy grids read them: the first page and the count), the portal home and the inbox of
 * one workspace timed through the real services (signed in as its staff member or contact, so N+1
 * reads count), first with few workspaces, then with many. Every workspace has the same shape, so
 * the measured one is the median one.
 */
final class TenantQueries {

  private static final Logger log = LoggerFactory.getLogger(TenantQueries.class);

  /** The first page a lazy staff grid asks for: 50 rows (Vaadin's page size), default sort. */
  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

  /** Shape of one generated workspace. */
  record Shape(int clients, int staff, int projectsPerClient, int tasksPerProject, int milestones) {

    String describe() {
      return clients
          + " client companies (1 contact, "
          + projectsPerClient
          + " project(s) with "
          + tasksPerProject
          + " tasks and "
          + milestones
          + " milestones, 1 sent invoice each), "
          + staff
          + " staff";
    }
  }

  /** p50/p95 per query, in ms, keyed by the query's name. */
  record Timings(int workspaces, Map<String, Stats> byQuery) {}

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final ClientDirectory clients;
  private final ProjectPlanning projects;
  private final InvoiceBilling invoices;
  private final TaskWork work;
  private final PortalProjects portalProjects;
  private final PortalTasks portalTasks;
  private final WorkspaceSettings workspaces;

  TenantQueries(
      JdbcClient jdbc,
      Accounts accounts,
      ClientDirectory clients,
      ProjectPlanning projects,
      InvoiceBilling invoices,
      TaskWork work,
      PortalProjects portalProjects,
      PortalTasks portalTasks,
      WorkspaceSettings workspaces) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clients = clients;
    this.projects = projects;
    this.invoices = invoices;
    this.work = work;
    this.portalProjects = portalProjects;
    this.portalTasks = portalTasks;
    this.workspaces = workspaces;
  }

  /** Adds workspaces number {@code from} to {@code to} (inclusive), all of this shape. */
  long generate(int from, int to, Shape shape) {
    long start = System.nanoTime();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("from", from);
    p.put("to", to);
    p.put("clients", shape.clients());
    p.put("staff", shape.staff());
    p.put("projects", shape.projectsPerClient());
    p.put("tasks", shape.tasksPerProject());
    p.put("milestones", shape.milestones());
    String ws = "md5('bench-w' || w)::uuid";
    String client = "md5('bench-c' || w || '-' || i)::uuid";
    String project = "md5('bench-p' || w || '-' || i || '-' || j)::uuid";
    String lead = "md5('bench-s' || w || '-' || (1 + i % (:staff - 1)))::uuid";
    List<String> statements =
        List.of(
            "insert into workspace (id, name, slug, plan, created_at)"
                + " select "
                + ws
                + ", 'Bench agency ' || w, 'bench-' || w, 'GROWTH', now()"
                + " from generate_series(:from, :to) w",
            "insert into account (id, workspace_id, email, name, role, created_at)"
                + " select md5('bench-s' || w || '-' || k)::uuid, "
                + ws
                + ", 'staff' || k || '-w' || w || '@bench.test', 'Staff ' || k,"
                + " case when k = 0 then 'OWNER' else 'STAFF' end, now()"
                + " from generate_series(:from, :to) w, generate_series(0, :staff - 1) k",
            "insert into client (id, workspace_id, name, internal_notes, created_at)"
                + " select "
                + client
                + ", "
                + ws
                + ", 'Client ' || lpad(i::text, 6, '0'), 'internal', now()"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i",
            "insert into account (id, workspace_id, client_id, email, name, role, created_at)"
                + " select md5('bench-a' || w || '-' || i)::uuid, "
                + ws
                + ", "
                + client
                + ", 'contact' || i || '-w' || w || '@bench.test', 'Contact ' || i, 'CLIENT', now()"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i",
            "insert into project (id, workspace_id, client_id, lead_id, name, status, start_date,"
                + " budget, created_at) select "
                + project
                + ", "
                + ws
                + ", "
                + client
                + ", "
                + lead
                + ", 'Project ' || i || '.' || j, 'ACTIVE', current_date, 1000, now()"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i,"
                + " generate_series(1, :projects) j",
            "insert into milestone (id, workspace_id, project_id, title, due_date, done,"
                + " created_at) select gen_random_uuid(), "
                + ws
                + ", "
                + project
                + ", 'Milestone ' || m, current_date + 7 * m, m = 1, now()"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i,"
                + " generate_series(1, :projects) j, generate_series(1, :milestones) m",
            "insert into task (id, workspace_id, project_id, title, status, assignee_id, due_date,"
                + " client_visible, created_at, completed_at) select gen_random_uuid(), "
                + ws
                + ", "
                + project
                + ", 'Task ' || t,"
                + " (array['TODO', 'IN_PROGRESS', 'DONE'])[1 + t % 3], "
                + lead
                + ", current_date + t, t % 2 = 0, now(), case when t % 3 = 2 then now() end"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i,"
                + " generate_series(1, :projects) j, generate_series(1, :tasks) t",
            "insert into invoice (id, workspace_id, client_id, project_id, number, status,"
                + " currency, issue_date, due_date, net_minor, tax_minor, total_minor,"
                + " reminder_offsets, due_at, sent_at, created_by, created_at)"
                + " select gen_random_uuid(), "
                + ws
                + ", "
                + client
                + ", md5('bench-p' || w || '-' || i || '-1')::uuid, 'B-' || i, 'SENT', 'EUR',"
                + " current_date, current_date + 14, 10000, 0, 10000, 'P3D,P7D,P14D',"
                + " now() + interval '14 days', now(), md5('bench-s' || w || '-0')::uuid,"
                + " now() - i * interval '1 minute'"
                + " from generate_series(:from, :to) w, generate_series(1, :clients) i",
            // the steady state autovacuum reaches after bulk inserts: statistics, and a visibility
            // map so counts can be index-only scans (a never-vacuumed table fetches every row)
            "vacuum analyze");
    for (String sql : statements) {
      jdbc.sql(sql).params(p).update();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    log.info("Workspaces {}..{} generated in {} ms", from, to, ms);
    return ms;
  }

  /** Times each query {@code repeats} times (after a warm-up) in workspace {@code w}. */
  Timings measure(int w, int totalWorkspaces, int repeats) {
    SessionUser staff = sessionOf("bench-s" + w + "-1");
    SessionUser contact = sessionOf("bench-a" + w + "-1");
    Map<String, Stats> byQuery = new LinkedHashMap<>();
    // What the lazy grids run when a list opens: the first page in the default sort, and the count.
    byQuery.put(
        "staff: clients list (first page of 50 by name + count)",
        time(staff, repeats, () -> List.of(clients.page(null, FIRST_PAGE), clients.count(null))));
    byQuery.put(
        "staff: project list (first page of 50 by name + count)",
        time(staff, repeats, () -> List.of(projects.page(FIRST_PAGE), projects.count())));
    byQuery.put(
        "staff: invoice list (first page of 50 newest first + count)",
        time(staff, repeats, () -> List.of(invoices.page(null, FIRST_PAGE), invoices.count(null))));
    byQuery.put(
        "staff: inbox (first 50 in the inbox's order + count, as the page reads it)",
        time(staff, repeats, () -> work.inbox(Set.of(), 50)));
    byQuery.put(
        "client: portal home",
        time(
            contact,
            repeats,
            () -> {
              // what PortalHomeView reads
              workspaces.branding();
              portalProjects.myProjects();
              return portalTasks.myTasks(null, TaskStatus.IN_PROGRESS);
            }));
    Timings timings = new Timings(totalWorkspaces, byQuery);
    log.info("Workspace {} of {}: {}", w, totalWorkspaces, byQuery);
    return timings;
  }

  private SessionUser sessionOf(String seed) {
    UUID id = jdbc.sql("select md5(?)::uuid").param(seed).query(UUID.class).single();
    return accounts.findById(id).orElseThrow().sessionUser();
  }

  private static Stats time(SessionUser user, int repeats, Supplier<?> query) {
    Fixtures.signIn(user);
    try {
      for (int i = 0; i < Math.max(20, repeats); i++) { // warm-up, as long as the timing
        query.get();
      }
      List<Long> nanos = new ArrayList<>();
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        query.get();
        nanos.add(System.nanoTime() - t0);
      }
      return Stats.ofNanos(nanos);
    } finally {
      Fixtures.signOut();
    }
  }
}
