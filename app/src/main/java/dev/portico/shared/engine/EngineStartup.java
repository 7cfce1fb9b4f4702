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
  private final FlowRegistry flows;
  private final boolean resume;

  EngineStartup(
      ProcessDeployer deployer,
      List<FlowResumer> resumers,
      FlowRegistry flows,
      Environment environment) {
    this.deployer = deployer;
    this.resumers = resumers;
    this.flows = flows;
    // The embedded engine starts empty; a cluster keeps its instances, so telling Portico that it
    // lost them is an operator's decision (portico.engine.resume-on-start=true after restoring an
    // empty cluster). Owners can also resume the flows an engine does not run (resumeMissing).
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
      flows.forgetAll(); // the engine started empty: none of the registered instances runs
      resumeMissing();
    }
  }

  /**
   * Starts, at its waiting point, every flow the database says is in flight and the engine does not
   * run (its registered instance is unknown to the engine), so never a second instance of a flow.
   */
  public int resumeMissing() {
    return resumers.stream().mapToInt(FlowResumer::resumeInFlightFlows).sum();
  }
}
