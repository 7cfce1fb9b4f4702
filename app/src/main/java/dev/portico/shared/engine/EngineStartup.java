package dev.portico.shared.engine;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start-up: deploy the models, then let each feature resume its in-flight flows from the
 * database (the engine may be empty after a restart).
 */
@Component
public class EngineStartup {

  private final ProcessDeployer deployer;
  private final List<FlowResumer> resumers;
  private final boolean resume;

  EngineStartup(ProcessDeployer deployer, List<FlowResumer> resumers, Environment environment) {
    this.deployer = deployer;
    this.resumers = resumers;
    // The embedded engine starts empty; a cluster keeps its instances, so resuming there is an
    // operator's decision (portico.engine.resume-on-start=true after restoring an empty cluster).
    this.resume =
        environment.getProperty(
            "portico.engine.resume-on-start",
            Boolean.class,
            "embedded"
                .equalsIgnoreCase(environment.getProperty("portico.engine.mode", "embedded")));
  }

  /** First among the ready-listeners: anything that starts flows (the demo seed) comes after. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void deployAndResume() {
    deployer.deployAll();
    if (resume) {
      resumers.forEach(FlowResumer::resumeInFlightFlows);
    }
  }
}
