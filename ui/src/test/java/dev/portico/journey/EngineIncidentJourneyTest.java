package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.feedback.ClientFeedback;
import dev.portico.shared.engine.EngineOperations;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A workflow step keeps failing: after its retries the owner finds it on the Engine page with the
 * reason, fixes the cause, presses Retry, and the client's feedback reaches the lead after all.
 */
class EngineIncidentJourneyTest extends BrowserTest {

  @Autowired ClientFeedback clientFeedback;
  @Autowired EngineOperations operations;
  @Autowired JdbcClient jdbc;

  @Test
  void ownerSeesAFailedStepAndRetriesItOnceTheCauseIsFixed() {
    Agency a = fixtures.agency("E");
    String trigger = "portico_test_refuse_task_" + a.workspaceId().toString().replace("-", "");
    jdbc.sql(
            "create or replace function portico_test_refuse_task() returns trigger"
                + " language plpgsql as $$ begin raise exception 'task list is read-only';"
                + " end; $$")
        .update();
    jdbc.sql(
            "create trigger "
                + trigger
                + " before insert on task for each row when (new.workspace_id = '"
                + a.workspaceId()
                + "') execute function portico_test_refuse_task()")
        .update();
    Fixtures.signIn(a.clientOf1());
    UUID feedbackId =
        clientFeedback.send(a.project1(), "The menu hides the search on phones.", List.of());
    Fixtures.signIn(a.owner());
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(operations::incidents, list -> !list.isEmpty());
    Fixtures.signOut();

    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.locator("h1").waitFor();
    screenshot(owner, "engine-0-console");
    owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engine")).click();
    assertThat(owner.locator("h1")).hasText("Engine");
    assertThat(owner.getByText("task list is read-only").first()).isVisible();
    assertThat(owner.getByText("Feedback routing").first()).isVisible();
    assertThat(owner.getByText(feedbackId.toString()).first()).isVisible();
    screenshot(owner, "engine-1-failed-step");
    owner.setViewportSize(390, 844);
    assertThat(owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry")))
        .isVisible();
    screenshot(owner, "engine-2-failed-step-phone");
    owner.setViewportSize(1280, 860);

    jdbc.sql("drop trigger " + trigger + " on task").update();
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry")).click();
    assertThat(owner.getByText("Retrying the step.")).isVisible();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("select task_id is not null from feedback where id = ?")
                    .param(feedbackId)
                    .query(Boolean.class)
                    .single());
    Fixtures.signIn(a.owner());
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .until(operations::incidents, List::isEmpty);
    Fixtures.signOut();
    owner.reload();
    assertThat(owner.getByText("No failed steps.")).isVisible();
    assertThat(owner.getByText("Nothing waits: the engine has accepted every change.")).isVisible();
    screenshot(owner, "engine-3-all-clear");
  }
}
