package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.EditedModels;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner opens Processes, sees the deliverable review waiting for a client, uploads a model with
 * a mistake and reads which element is wrong, then uploads a fixed one and sees its version. The
 * edit only renames a step, so other tests sharing this engine see no change in behaviour.
 */
class ProcessModelsJourneyTest extends BrowserTest {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired DeliverableLibrary library;

  @TempDir Path files;

  @Test
  void ownerUploadsAModelAndSeesItsVersionAndTheFlowsInFlight() throws IOException {
    Agency a = fixtures.agency("X");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Style guide", null, null, null));
    library.upload(id, "guide.pdf", new ByteArrayInputStream(PDF));
    library.markReady(id);
    Fixtures.signOut();

    String renamed =
        EditedModels.edit(
            EditedModels.bundled("deliverable-review"),
            "name=\"Remind client to review\"",
            "name=\"Nudge client to review\"");
    Path broken = files.resolve("deliverable-review-broken.bpmn");
    Files.writeString(
        broken,
        EditedModels.edit(renamed, "type=\"send-review-reminder\"", "type=\"nudge-client\""));
    Path fixed = files.resolve("deliverable-review.bpmn");
    Files.writeString(fixed, renamed);

    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Processes")).click();
    assertThat(owner.locator("h1")).hasText("Processes");
    Locator review = owner.locator(".process-card[data-process=deliverable-review]");
    assertThat(review).containsText("In flight in your workspace: 1");
    assertThat(review.locator("[data-element=WaitForClientDecisionTask]"))
        .hasText("Wait for client decision: 1");
    assertThat(review).containsText("Bundled with Portico");
    assertThat(owner.getByText("every workspace this Portico serves")).isVisible();

    owner.locator("vaadin-upload.model-upload input[type=file]").setInputFiles(broken);
    assertThat(owner.locator(".upload-refused")).containsText("Not deployed: 1 problem");
    assertThat(owner.locator(".model-problems").first())
        .containsText("Nudge client to review (SendReviewReminderTask)");
    assertThat(owner.locator(".model-problems").first()).containsText("'nudge-client'");
    screenshot(owner, "processes-1-refused");

    owner.locator("vaadin-upload.model-upload input[type=file]").setInputFiles(fixed);
    assertThat(owner.locator(".upload-deployed")).containsText("Deployed as version");
    String deployed = owner.locator(".upload-deployed").textContent();
    String version = deployed.replaceAll(".*version (\\d+).*", "$1");
    assertThat(review).containsText("New flows start on version " + version + ".");
    assertThat(review.locator(".model-version").first())
        .containsText("Uploaded deliverable-review.bpmn");
    assertThat(review.locator(".model-version").first()).containsText(a.owner().name());
    assertThat(review.locator(".model-version").first()).containsText("Current");
    assertThat(
            review.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Roll back to bundled")))
        .isVisible();
    assertFitsTheWindow(owner);
    screenshot(owner, "processes-2-deployed");
    review.scrollIntoViewIfNeeded();
    screenshot(owner, "processes-3-review-card");

    owner.setViewportSize(390, 844);
    assertThat(review).containsText("In flight in your workspace: 1");
    assertFitsTheWindow(owner);
    owner.locator("h1").scrollIntoViewIfNeeded();
    screenshot(owner, "processes-4-phone");
    review.scrollIntoViewIfNeeded();
    screenshot(owner, "processes-5-phone-review-card");
    owner.setViewportSize(1280, 860);
  }
}
