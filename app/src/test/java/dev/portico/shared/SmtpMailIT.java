package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.identity.MagicLinks;
import dev.portico.shared.mail.Mailer;
import dev.portico.shared.mail.SmtpMailer;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.TestSupportConfig;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Production mail mode: sign-in links go out over real SMTP (GreenMail on a local port). */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "portico.mail.from=Portico <portal@agency.test>",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3025"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class SmtpMailIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Fixtures fixtures;
  @Autowired MagicLinks magicLinks;
  @Autowired Mailer mailer;

  @Test
  void signInLinkIsDeliveredOverSmtp() throws Exception {
    assertThat(mailer).isInstanceOf(SmtpMailer.class);
    String email = fixtures.world().a().clientOf1().email();

    magicLinks.request(email, "10.9.0.1");

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(received[0].getFrom()[0].toString()).contains("portal@agency.test");
    assertThat(received[0].getSubject()).startsWith("Your sign-in link for Agency A");
    assertThat(GreenMailUtil.getBody(received[0]))
        .contains("http://localhost:8080/login/ott?token=");
  }
}
