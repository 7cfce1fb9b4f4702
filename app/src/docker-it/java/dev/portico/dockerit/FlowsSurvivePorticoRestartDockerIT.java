package dev.portico.dockerit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.InviteForm;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Portico restarts while a flow waits in the cluster; the cluster keeps its instances, so the new
 * Portico starts without resuming anything (as for a cluster: resume-on-start off) and the flow
 * goes on where it waited.
 */
@Testcontainers
class FlowsSurvivePorticoRestartDockerIT {

  private static final int SMTP_PORT = 3042;
  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/login/ott\\?token=([A-Za-z0-9_-]+)");

  @Container static final PostgreSQLContainer postgres = PorticoInstance.postgres();
  @Container static final CamundaCluster camunda = new CamundaCluster();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  private ConfigurableApplicationContext portico;

  @AfterEach
  void stopPortico() {
    Fixtures.signOut();
    if (portico != null) {
      portico.close();
    }
  }

  @Test
  void invitationAcceptedAfterAPorticoRestartActivatesAccess() {
    Mails mails = new Mails(smtp);
    portico = PorticoInstance.start(postgres, camunda, SMTP_PORT);
    Agency agency = portico.getBean(Fixtures.class).agency("T");
    String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    portico
        .getBean(ClientInvitations.class)
        .invite(agency.client1(), new InviteForm(email, "Rita Restart", null));
    String token = token(mails.await(email, "Your project portal", Duration.ofSeconds(60)));
    Fixtures.signOut();

    portico.close();
    portico =
        PorticoInstance.start(
            postgres, camunda, SMTP_PORT, "--portico.engine.resume-on-start=false");

    assertThat(
            portico
                .getBean(HashedOneTimeTokenService.class)
                .consume(new OneTimeTokenAuthenticationToken(token)))
        .as("the invitation link still works after the restart")
        .isNotNull();
    JdbcClient jdbc = portico.getBean(JdbcClient.class);
    UUID contactId =
        jdbc.sql("select id from account where lower(email) = lower(?)")
            .param(email)
            .query(UUID.class)
            .single();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql(
                        "select bool_or(activated_at is not null) from invitation"
                            + " where contact_id = ?")
                    .param(contactId)
                    .query(Boolean.class)
                    .single());
    assertThat(portico.getBean(AccountAccess.class).signInAllowed(email)).isPresent();
    assertThat(mails.count(email, "Your project portal"))
        .as("nothing was started twice: one welcome mail")
        .isEqualTo(1);
  }

  private static String token(jakarta.mail.internet.MimeMessage mail) {
    Matcher m = LINK.matcher(Mails.body(mail));
    assertThat(m.find()).as("link in mail").isTrue();
    return m.group(1);
  }
}
