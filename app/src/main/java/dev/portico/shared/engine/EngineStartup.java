package dev.portico.shared.engine;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start-up: deploy the models, then let each feature resume its in-flight flows from the
 * database (the engine may be empty after a restart).
 */
@Component
class EngineStartup {

  private final ProcessDeployer deployer;
  private final List<FlowResumer> resumers;

  EngineStartup(ProcessDeployer deployer, List<FlowResumer> resumers) {
    this.deployer = deployer;
    this.resumers = resumers;
  }

  @EventListener(ApplicationReadyEvent.class)
  void deployAndResume() {
    deployer.deployAll();
    resumers.forEach(FlowResumer::resumeInFlightFlows);
  }
}
