package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Models deploy at start-up; an unchanged model keeps its version, a changed one gets a new one.
 */
@IntegrationTest
class ProcessDeploymentIT {

  @Autowired CamundaClient engine;

  @Test
  void changedModelDeploysANewVersionAndUnchangedKeepsItsVersion() throws IOException {
    String model =
        new ClassPathResource(FeedbackRoutingProcess.RESOURCE)
            .getContentAsString(StandardCharsets.UTF_8);

    int deployedAtStartUp = deploy(model);
    int again = deploy(model);
    int changed =
        deploy(
            model.replace("name=\"Feedback answered\"", "name=\"Feedback answered by the team\""));

    assertThat(model).as("the text the test changes").contains("name=\"Feedback answered\"");
    assertThat(again).isEqualTo(deployedAtStartUp);
    assertThat(changed).isEqualTo(deployedAtStartUp + 1);
  }

  private int deploy(String model) {
    return engine
        .newDeployResourceCommand()
        .addResourceString(model, StandardCharsets.UTF_8, "feedback-routing.bpmn")
        .send()
        .join()
        .getProcesses()
        .getFirst()
        .getVersion();
  }
}
