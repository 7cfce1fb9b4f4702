package dev.portico.dockerit;

import dev.portico.PorticoCoreTestApplication;
import dev.portico.testsupport.TestSupportConfig;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts Portico's application core as production runs it: {@code portico.database.mode=remote} and
 * {@code portico.engine.mode=remote} against the containers, mail over SMTP (GreenMail in the
 * test), and no resume on start, as for a cluster. Each call is a fresh start of the application;
 * closing the context is stopping it.
 */
public final class PorticoInstance {

  private PorticoInstance() {}

  public static ConfigurableApplicationContext start(
      PostgreSQLContainer database, CamundaCluster engine, int smtpPort, String... more) {
    // Command-line arguments: they win over application-test.yml (mail capture, ...).
    List<String> args =
        new ArrayList<>(
            List.of(
                "--portico.database.mode=remote",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--portico.engine.mode=remote",
                "--portico.engine.resume-on-start=false",
                "--camunda.client.mode=self-managed",
                "--camunda.client.grpc-address=" + engine.grpcAddress(),
                "--camunda.client.rest-address=" + engine.restAddress(),
                "--camunda.client.prefer-rest-over-grpc=false",
                "--portico.mail.mode=smtp",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--portico.mail.outbox-interval=PT0.2S"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(PorticoCoreTestApplication.class, TestSupportConfig.class)
        .profiles("test")
        .run(args.toArray(String[]::new));
  }

  /** PostgreSQL in the major version docker-compose.yml runs. */
  public static PostgreSQLContainer postgres() {
    return new PostgreSQLContainer("postgres:17")
        .withDatabaseName("portico")
        .withUsername("portico")
        .withPassword("portico");
  }
}
