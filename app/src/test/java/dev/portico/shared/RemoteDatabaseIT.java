package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.PorticoCoreTestApplication;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.Progress.Deadline;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.TestSupportConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code portico.database.mode=remote}: Portico on a PostgreSQL server (here the one on
 * 127.0.0.1:5432 that the project's machines and CI run), in a fresh database created for this
 * class and dropped after it. Fails, never skips, when the server is not there.
 */
// Declared before @SpringBootTest so that its afterAll runs after Spring's (which closes the
// context, see @DirtiesContext): the database is dropped once nothing uses it any more.
@ExtendWith(RemoteDatabaseIT.FreshDatabase.class)
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {"portico.database.mode=remote", "spring.datasource.username=postgres"})
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RemoteDatabaseIT {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = "postgres";
  static final String DATABASE =
      "portico_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private static boolean created;

  @Autowired ConfigurableApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired PortalProjects portalProjects;
  @Autowired Clock clock;

  /** Creates the database before the class, drops it after the context is closed. */
  static class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext extension) {
      createDatabase();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws Exception {
      dropDatabase();
    }
  }

  /** Runs while the context is being built, before the DataSource exists. */
  @DynamicPropertySource
  static void remoteDatabase(DynamicPropertyRegistry registry) {
    createDatabase();
    registry.add("spring.datasource.url", () -> SERVER + DATABASE);
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void flywayMigratedTheRemoteDatabase() {
    assertThat(jdbc.sql("select current_database()").query(String.class).single())
        .isEqualTo(DATABASE);
    assertThat(
            jdbc.sql("select count(*) from flyway_schema_history where version = '1' and success")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class)
                .list())
        .as("the core schema of V1")
        .contains(
            "workspace",
            "client",
            "account",
            "project",
            "milestone",
            "task",
            "comment",
            "feedback",
            "one_time_token");
  }

  @Test
  void theDataSourceIsTheServerNotAnEmbeddedDatabase() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getURL()).isEqualTo(SERVER + DATABASE);
    }
    assertThat(
            jdbc.sql("select host(inet_server_addr()) || ':' || inet_server_port()")
                .query(String.class)
                .single())
        .isEqualTo("127.0.0.1:5432");
    assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
  }

  @Test
  void aClientSeesItsProjectsFromTheServer() throws SQLException {
    World world = fixtures.world();
    Fixtures.signIn(world.a().clientOf1());

    List<ProjectProgress> mine = portalProjects.myProjects();

    LocalDate today = LocalDate.now(clock);
    assertThat(mine).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Project A1"));
    ProjectProgress p1 = mine.getFirst();
    assertThat(p1.id()).isEqualTo(world.a().project1());
    // 1 of 2 milestones, 0 of 1 client-visible task (the internal task counts for nobody).
    assertThat(p1.progress().percentDone()).isEqualTo(33);
    assertThat(p1.progress().upcomingDeadlines())
        .containsExactly(
            new Deadline("Visible task A", today.plusDays(2), false),
            new Deadline("Milestone A1", today.plusDays(3), true));

    // The rows are on the server, seen over a connection of our own.
    try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, null);
        PreparedStatement s =
            c.prepareStatement("select count(*) from project where workspace_id = ?")) {
      s.setObject(1, world.a().workspaceId());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  private static synchronized void createDatabase() {
    if (created) {
      return;
    }
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, null);
        Statement s = c.createStatement()) {
      s.execute("create database " + DATABASE);
      created = true;
    } catch (SQLException e) {
      throw new AssertionError(
          "RemoteDatabaseIT needs the PostgreSQL server at "
              + SERVER
              + " (user postgres, trust auth), as on the project's machines and in CI;"
              + " could not create database "
              + DATABASE
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Drops the database; fails if Portico's pool still had connections to it, i.e. if the context
   * was not closed first.
   */
  private static synchronized void dropDatabase() throws Exception {
    if (!created) {
      return;
    }
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, null)) {
      int open = openConnections(c);
      for (int i = 0; i < 50 && open > 0; i++) { // backends exit just after their clients
        Thread.sleep(100);
        open = openConnections(c);
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop database " + DATABASE + " with (force)");
      }
      created = false;
      assertThat(open).as("connections to %s left open by the context", DATABASE).isZero();
    }
  }

  private static int openConnections(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
      s.setString(1, DATABASE);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
