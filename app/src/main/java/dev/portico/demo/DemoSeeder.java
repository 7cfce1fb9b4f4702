package dev.portico.demo;

import dev.portico.shared.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code portico.demo.seed=true} (the embedded default), seeds and says how to sign in. Runs
 * when the application is ready, after the models are deployed, so demo work can go through the
 * review process like real work.
 */
@Component
@ConditionalOnProperty(name = "portico.demo.seed", havingValue = "true")
class DemoSeeder {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final DemoData demo;
  private final DemoWork work;
  private final DemoFiles files;
  private final PorticoProperties properties;

  DemoSeeder(DemoData demo, DemoWork work, DemoFiles files, PorticoProperties properties) {
    this.demo = demo;
    this.work = work;
    this.files = files;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void seed() {
    demo.seedOnce();
    work.shareOnce();
    work.billOnce();
    work.feedbackOnce();
    files.shareOnce();
    log.info(
        """

        ===============================================================================
          Portico demo is running: {}
          Sign in (no passwords): open {}/login and enter
            staff:  {}  or  {}
            client: {}  (Acme Corp)  or  {}  (Globex)
          then open the dev mailbox {}/dev/mailbox and click the sign-in link.
        ===============================================================================""",
        properties.baseUrl(),
        properties.baseUrl(),
        DemoData.OWNER_EMAIL,
        DemoData.STAFF_EMAIL,
        DemoData.CLIENT_A_EMAIL,
        DemoData.CLIENT_B_EMAIL,
        properties.baseUrl());
  }
}
