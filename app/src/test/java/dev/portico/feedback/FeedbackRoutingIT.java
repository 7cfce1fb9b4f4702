package dev.portico.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.project.Tasks;
import dev.portico.shared.NotFoundException;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** feedback-routing deployed from processes/ on the embedded engine, with the real worker. */
@IntegrationTest
class FeedbackRoutingIT {

  @Autowired Fixtures fixtures;
  @Autowired ClientFeedback clientFeedback;
  @Autowired FeedbackRouting routing;
  @Autowired Feedbacks feedbacks;
  @Autowired Tasks tasks;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void clientFeedbackBecomesATaskForTheProjectLead() {
    World world = fixtures.world();
    Fixtures.signIn(world.a().clientOf1());

    UUID feedbackId = clientFeedback.send(world.a().project1(), "The logo looks blurry on mobile.");

    UUID taskId =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> feedbacks.findById(feedbackId).orElseThrow().getTaskId(), id -> id != null);
    var task = tasks.findById(taskId).orElseThrow();
    assertThat(task.getAssigneeId()).isEqualTo(world.a().staff().accountId());
    assertThat(task.getProjectId()).isEqualTo(world.a().project1());
    assertThat(task.getTitle()).isEqualTo("Client feedback: The logo looks blurry on mobile.");
    assertThat(task.isClientVisible()).isFalse();
  }

  @Test
  void routingTheSameFeedbackTwiceMakesOneTask() {
    World world = fixtures.world();
    Fixtures.signIn(world.a().clientOf1());
    UUID feedbackId = clientFeedback.send(world.a().project1(), "Twice?");
    Fixtures.signOut();

    UUID first = routing.routeToLead(feedbackId);
    UUID second = routing.routeToLead(feedbackId);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void feedbackOnAnotherCompanysProjectIsNotFound() {
    World world = fixtures.world();
    Fixtures.signIn(world.a().clientOf1());

    assertThatThrownBy(() -> clientFeedback.send(world.a().project2(), "Hello"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> clientFeedback.send(world.b().project1(), "Hello"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void emptyFeedbackIsRefusedWithAMessage() {
    World world = fixtures.world();
    Fixtures.signIn(world.a().clientOf1());

    assertThatThrownBy(() -> clientFeedback.send(world.a().project1(), "   "))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("Write your feedback first");
  }
}
