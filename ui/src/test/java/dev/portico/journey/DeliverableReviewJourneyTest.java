package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.SampleFiles;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The heart of the portal, in two browsers: staff upload an image and a PDF and send them for
 * review; the client sees them in the page, asks for changes on the image; staff upload version 2;
 * the client approves it; it shows as locked on both sides.
 */
class DeliverableReviewJourneyTest extends BrowserTest {

  @Autowired DeliverableLibrary library;
  @Autowired JdbcClient jdbc;

  @Test
  void staffShareWorkTheClientAsksForChangesThenApprovesAndItIsLocked() {
    Agency agency = fixtures.agency("D");
    String project = "/staff/projects/" + agency.project1();
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());

    // An image deliverable: a bad upload first (an empty file), then the real one.
    staff.navigate(BASE + project);
    staff.getByLabel("New deliverable title").fill("Homepage design");
    click(staff, "Add deliverable");
    assertThat(staff.locator("h1")).hasText("Homepage design");
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("Draft");
    click(staff, "Edit");
    staff.getByLabel("Description (the client sees it)").fill("Desktop and mobile layouts.");
    click(staff, "Save");
    assertThat(staff.getByText("Desktop and mobile layouts.")).isVisible();
    upload(staff, SampleFiles.file("empty.png", new byte[0]));
    assertThat(staff.getByText("empty.png is empty. Choose a file with content.").first())
        .isVisible();
    upload(staff, SampleFiles.file("huge.png", new byte[6 * 1024 * 1024]));
    assertThat(staff.getByText("Too large: files can be up to 5 MB.").first()).isVisible();
    upload(
        staff, SampleFiles.file("homepage.png", SampleFiles.png(Color.DARK_GRAY, "Homepage v1")));
    assertThat(staff.getByText("homepage.png uploaded as a new version.")).isVisible();
    assertThat(staff.locator("img.preview-image")).isVisible();
    screenshot(staff, "review-1-staff-uploaded");
    click(staff, "Send version 1 to the client for review");
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("With the client");
    assertThat(staff.locator("vaadin-upload")).hasCount(0);

    // A PDF deliverable, sent too.
    staff.navigate(BASE + project);
    staff.getByLabel("New deliverable title").fill("Brand guide");
    click(staff, "Add deliverable");
    // The project page has an upload of its own (shared files): wait for the deliverable's.
    assertThat(staff.locator("h1")).hasText("Brand guide");
    // 3 MB: well past servlet containers' usual 1 MB multipart default, within Portico's limit.
    upload(
        staff,
        SampleFiles.file("brand-guide.pdf", SampleFiles.pdf("Brand guide v1", 3 * 1024 * 1024)));
    assertThat(staff.getByText("brand-guide.pdf uploaded as a new version.")).isVisible();
    click(staff, "Send version 1 to the client for review");
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("With the client");

    // A draft nobody needs any more can go; the client never saw it.
    staff.navigate(BASE + project);
    staff.getByLabel("New deliverable title").fill("Scratch");
    click(staff, "Add deliverable");
    assertThat(staff.locator("h1")).hasText("Scratch");
    click(staff, "Delete draft");
    staff
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true))
        .click();
    assertThat(staff.locator("h1")).hasText("Project D1");
    Locator deliverables = staff.locator(".deliverables vaadin-grid");
    assertThat(deliverables.getByText("Homepage design")).isVisible();
    assertThat(deliverables.getByText("Scratch")).hasCount(0);
    staff.locator(".deliverables").scrollIntoViewIfNeeded();
    screenshot(staff, "review-2-staff-project");

    // The client sees both waiting, opens the image: it is in the page, really decoded.
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.navigate(BASE + "/portal");
    assertThat(client.locator(".to-review")).containsText("2 deliverables");
    assertThat(client.locator(".to-review").getByText("Brand guide")).isVisible();
    screenshot(client, "review-3-portal-home");
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    Locator waiting = client.locator(".deliverable-list.waiting");
    assertThat(waiting.getByText("Homepage design")).isVisible();
    assertThat(waiting.getByText("Brand guide")).isVisible();
    screenshot(client, "review-3-portal-project-deliverables");

    waiting.getByText("Brand guide").click();
    assertThat(client.locator("h1")).hasText("Brand guide");
    // The PDF is shown as an image of its page, rendered on the server; the PDF is a download.
    Locator pdfPage = client.locator("img.preview-page");
    assertThat(pdfPage).hasCount(1);
    client.waitForFunction("img => img.complete && img.naturalWidth > 0", pdfPage.elementHandle());
    assertThat(client.getByText("Page 1 of 1")).isVisible();
    // The work comes first; the buttons that decide on it follow it.
    assertThat(client.locator(".file-preview ~ .decision")).hasCount(1);
    assertThat(client.locator("iframe, embed, object")).hasCount(0);
    APIResponse pageResponse = client.request().get(BASE + pdfPage.getAttribute("src"));
    assertThat(pageResponse.headers().get("content-type")).isEqualTo("image/png");
    Locator download = client.locator(".file-preview a.download-link");
    APIResponse pdfResponse = client.request().get(BASE + download.getAttribute("href"));
    assertThat(pdfResponse.headers().get("content-disposition")).startsWith("attachment;");
    screenshot(client, "review-4-portal-pdf");
    client.setViewportSize(390, 844);
    assertThat(pdfPage).isVisible();
    screenshot(client, "review-4-portal-pdf-390");
    assertFitsTheWindow(client);
    assertThat(
            (String)
                client.evaluate(
                    "() => [...document.querySelectorAll('.file-preview, .file-preview *')]"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".map(e => e.className || e.tagName).join(',')"))
        .as("nothing in the preview sticks out sideways on a phone")
        .isEmpty();
    client.setViewportSize(1280, 860);

    client.goBack();
    client.locator(".deliverable-list.waiting").getByText("Homepage design").click();
    assertThat(client.locator("h1")).hasText("Homepage design");
    assertThat(client.getByText("Desktop and mobile layouts.")).isVisible();
    Locator image = client.locator("img.preview-image");
    assertThat(image).isVisible();
    client.waitForFunction(
        "img => img.complete && img.naturalWidth === 640", image.elementHandle());
    screenshot(client, "review-5-portal-image");

    // Asking for changes needs words; then it goes to the team.
    click(client, "Request changes");
    assertThat(client.getByText("Tell the team what to change")).isVisible();
    client.getByLabel("What should change?").fill("Make the logo bigger and use our blue.");
    click(client, "Request changes");
    assertThat(client.getByText("You asked for changes on")).isVisible();
    assertThat(client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")))
        .hasCount(0);
    screenshot(client, "review-6-portal-changes-requested");

    // Staff see the feedback and the revision task in the lead's inbox, and upload version 2.
    staff.navigate(BASE + "/staff/inbox");
    staff.waitForFunction("() => document.querySelector('h1') !== null");
    waitForText(staff, "Revise Homepage design (round 1)");
    staff.navigate(BASE + project);
    staff.locator(".deliverables vaadin-grid").getByText("Homepage design").click();
    assertThat(staff.locator("h1")).hasText("Homepage design");
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("Changes requested");
    assertThat(staff.getByText("“Make the logo bigger and use our blue.”")).isVisible();
    upload(staff, SampleFiles.file("homepage-v2.png", SampleFiles.png(Color.BLUE, "Homepage v2")));
    assertThat(staff.getByText("homepage-v2.png uploaded as a new version.")).isVisible();
    click(staff, "Send version 2 to the client for review");
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("With the client");
    screenshot(staff, "review-7-staff-version-2");

    // The client reviews version 2, sees version 1's feedback in the history, and approves.
    client.reload();
    assertThat(client.getByText("Version 2 · shared")).isVisible();
    assertThat(client.locator(".version-history .feedback"))
        .containsText("Make the logo bigger and use our blue.");
    click(client, "Approve version 2");
    Locator confirm =
        client.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true));
    assertThat(confirm).isVisible();
    assertThat(client.getByText("Version 2 becomes final")).isVisible();
    screenshot(client, "review-8-portal-confirm");
    confirm.click();
    assertThat(client.locator(".title-row .deliverable-status")).hasText("Approved");
    assertThat(client.getByText("This version is final and locked.")).isVisible();
    assertThat(client.getByText("Request changes")).hasCount(0);
    screenshot(client, "review-9-portal-approved");

    // Staff see it locked: no upload, who approved which version, with the file's hash.
    staff.reload();
    assertThat(staff.locator(".title-row .deliverable-status")).hasText("Approved · locked");
    assertThat(staff.getByText("Locked: no new versions, edits or deletions.")).isVisible();
    assertThat(staff.locator("vaadin-upload")).hasCount(0);
    assertThat(staff.locator(".decisions li.approved"))
        .containsText("Version 2 approved by " + agency.clientOf1().name());
    assertThat(staff.locator(".decisions li.approved .hash")).containsText("SHA-256");
    screenshot(staff, "review-10-staff-locked");
    staff.locator(".decisions").scrollIntoViewIfNeeded();
    screenshot(staff, "review-11-staff-approval-history");
  }

  @Test
  void onTheStarterPlanClientsSeeDeliverablesButCannotDecide() {
    Agency agency = fixtures.agency("T");
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?")
        .param(agency.workspaceId())
        .update();
    Fixtures.signIn(agency.staff());
    UUID id = library.create(agency.project1(), new DeliverableForm("Poster", null, null, null));
    library.upload(
        id, "poster.png", new ByteArrayInputStream(SampleFiles.png(Color.ORANGE, "Poster")));
    Fixtures.signOut();

    // Staff learn before sending what the plan gives the client, and what Growth would add.
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/deliverables/" + id);
    assertThat(staff.locator(".plan-hint"))
        .hasText(
            "On the Starter plan the client views the version without approving it. Deliverable"
                + " approvals are part of the Growth and Scale plans.");
    screenshot(staff, "review-starter-staff-hint");
    Fixtures.signIn(agency.staff());
    library.markReady(id);
    Fixtures.signOut();

    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.navigate(BASE + "/portal/projects/" + agency.project1() + "/deliverables/" + id);
    assertThat(client.locator(".title-row .deliverable-status")).hasText("Shared with you");
    assertThat(client.getByText("Shared with you for viewing.")).isVisible();
    assertThat(client.locator("img.preview-image")).isVisible();
    assertThat(client.getByText("Approve version 1")).hasCount(0);
    assertThat(client.getByText("Request changes")).hasCount(0);
    screenshot(client, "review-starter-read-only");
  }

  @Test
  void clientsWatchAVideoInThePageStreamedInRanges() {
    Agency agency = fixtures.agency("V");
    Page client = newBrowser();
    byte[] video = recordWebm(client);
    Fixtures.signIn(agency.staff());
    UUID id = library.create(agency.project1(), new DeliverableForm("Teaser", null, null, null));
    library.upload(id, "teaser.webm", new ByteArrayInputStream(video));
    library.markReady(id);
    Fixtures.signOut();

    signIn(client, agency.clientOf1().email());
    List<Integer> videoStatuses = new CopyOnWriteArrayList<>();
    client.onResponse(
        response -> {
          if (response.url().contains("/files/deliverables/")
              && "media".equals(response.request().resourceType())) {
            videoStatuses.add(response.status());
          }
        });
    client.navigate(BASE + "/portal/projects/" + agency.project1() + "/deliverables/" + id);
    Locator player = client.locator("video.preview-video");
    assertThat(player).isVisible();
    assertThat(player).hasAttribute("controls", "");
    client.waitForFunction(
        "v => v.readyState >= 1 && v.videoWidth === 320", player.elementHandle());
    assertThat(videoStatuses).as("the player fetches byte ranges").contains(206);
    screenshot(client, "review-video");
  }

  /** A short real WebM, recorded by the browser itself from a canvas (no encoder needed here). */
  private static byte[] recordWebm(Page page) {
    String base64 =
        (String)
            page.evaluate(
                """
                async () => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 320;
                  canvas.height = 180;
                  const ctx = canvas.getContext('2d');
                  const recorder = new MediaRecorder(canvas.captureStream(25), {mimeType: 'video/webm'});
                  const chunks = [];
                  recorder.ondataavailable = e => chunks.push(e.data);
                  recorder.start(100);
                  for (let frame = 0; frame < 30; frame++) {
                    ctx.fillStyle = `hsl(${frame * 12}, 70%, 50%)`;
                    ctx.fillRect(0, 0, 320, 180);
                    await new Promise(r => setTimeout(r, 40));
                  }
                  const stopped = new Promise(r => recorder.onstop = r);
                  recorder.stop();
                  await stopped;
                  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
                  let text = '';
                  for (const b of bytes) text += String.fromCharCode(b);
                  return btoa(text);
                }
                """);
    return Base64.getDecoder().decode(base64);
  }

  private static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
  }

  private static void upload(Page page, Path file) {
    page.locator("vaadin-upload.version-upload input[type=file]").setInputFiles(file);
  }

  private static void waitForText(Page page, String text) {
    for (int i = 0; i < 20; i++) {
      if (page.getByText(text).count() > 0) {
        return;
      }
      page.waitForTimeout(Duration.ofMillis(500).toMillis());
      page.reload();
    }
    assertThat(page.getByText(text)).isVisible();
  }
}
