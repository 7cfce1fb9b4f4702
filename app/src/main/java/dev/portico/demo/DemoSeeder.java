package dev.portico.demo;

import dev.portico.shared.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** With {@code portico.demo.seed=true} (the embedded default), seeds and says how to sign in. */
@Component
@ConditionalOnProperty(name = "portico.demo.seed", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final DemoData demo;
  private final PorticoProperties properties;

  DemoSeeder(DemoData demo, PorticoProperties properties) {
    this.demo = demo;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    demo.seedOnce();
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
