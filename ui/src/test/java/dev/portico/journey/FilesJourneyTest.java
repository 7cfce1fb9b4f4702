package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.file.FileSharing;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.SampleFiles;
import dev.portico.testsupport.Selects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared files in two browsers: staff share a file on a project's page, the client finds it under
 * Files with who shared it when and downloads it; staff unshare it and the client no longer sees
 * it.
 */
class FilesJourneyTest extends BrowserTest {

  @Autowired FileSharing sharing;
  @Autowired MutableClock clock;

  @Test
  void staffShareAFileTheClientDownloadsItThenStaffUnshareIt() throws IOException {
    Agency agency = fixtures.agency("J");
    byte[] plan = SampleFiles.pdf("Website plan");
    Fixtures.signIn(agency.owner());
    sharing.share(
        agency.client1(),
        null,
        "terms.pdf",
        "Our terms of business.",
        new ByteArrayInputStream(SampleFiles.pdf("Terms")));
    Fixtures.signOut();
    clock.advance(Duration.ofMinutes(1));
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());

    // A file that hides what it is is refused, saying why; then the real one is shared.
    staff.navigate(BASE + "/staff/projects/" + agency.project1());
    Locator section = staff.locator(".shared-files");
    section.scrollIntoViewIfNeeded();
    assertThat(section.getByText("Nothing shared yet.")).isVisible(); // terms.pdf is company-wide
    upload(
        staff,
        SampleFiles.file(
            "photo.png",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(
            staff
                .locator("vaadin-notification-card")
                .getByText(
                    "photo.png is not what its name says: it is an HTML page. It cannot be"
                        + " shared.",
                    new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    upload(staff, SampleFiles.file("huge.pdf", new byte[6 * 1024 * 1024]));
    assertThat(
            staff
                .locator("vaadin-notification-card")
                .getByText(
                    "Too large: files can be up to 5 MB.",
                    new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    staff.getByLabel("Description (optional)").fill("The plan we agreed on, with dates.");
    upload(staff, SampleFiles.file("website-plan.pdf", plan));
    assertThat(
            staff
                .locator("vaadin-notification-card")
                .getByText("website-plan.pdf is shared with the client."))
        .isVisible();
    Locator grid = section.locator("vaadin-grid");
    assertThat(grid.getByText("website-plan.pdf")).isVisible();
    assertThat(grid.getByText("The plan we agreed on, with dates.")).isVisible();
    assertThat(grid.locator(".file-state.shared")).containsText("Shared by Staff J");
    assertThat(grid.getByText("photo.png")).hasCount(0);
    section.scrollIntoViewIfNeeded();
    screenshot(staff, "files-1-staff-project-shared");

    // The client finds it under Files: who shared it, when, for which project; and downloads it.
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.navigate(BASE + "/portal");
    client.locator(".portal-nav").getByText("Files").click();
    assertThat(client.locator("h1")).hasText("Files");
    Locator rows = client.locator(".file-row");
    assertThat(rows).hasCount(2);
    assertThat(rows.first().locator(".name")).containsText("website-plan.pdf");
    assertThat(rows.nth(1).locator(".name")).containsText("terms.pdf");
    assertThat(rows.nth(1).locator(".project")).hasText("Whole company");
    assertThat(rows.nth(1).locator(".shared")).containsText("Owner J · ");
    Selects.choose(Selects.labelled(client, "Show"), "Project J1");
    Locator row = client.locator(".file-row");
    assertThat(row).hasCount(1);
    assertThat(row.locator(".name")).containsText("website-plan.pdf");
    assertThat(row.locator(".name")).containsText("The plan we agreed on, with dates.");
    assertThat(row.locator(".project")).hasText("Project J1");
    assertThat(row.locator(".shared")).containsText("Staff J · ");
    assertThat(client.locator(".portal-nav a[highlight]")).hasText("Files");
    screenshot(client, "files-2-portal-files");
    assertFitsWithoutSidewaysScroll(client);

    Download download = client.waitForDownload(() -> row.locator("a.file-link").click());
    assertThat(download.suggestedFilename()).isEqualTo("website-plan.pdf");
    assertThat(Files.readAllBytes(download.path())).isEqualTo(plan);

    client.setViewportSize(390, 844);
    client.reload();
    assertThat(client.locator(".file-row")).hasCount(2);
    // On a phone the tabs are in the menu, Files among them.
    client
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Menu"))
        .click();
    assertThat(client.locator(".portal-nav").getByText("Files")).isInViewport();
    screenshot(client, "files-3-portal-files-390");
    assertFitsWithoutSidewaysScroll(client);

    client.navigate(BASE + "/portal/projects/" + agency.project1());
    Locator projectFiles = client.locator(".project-files");
    assertThat(projectFiles.getByText("website-plan.pdf")).isVisible();
    projectFiles.scrollIntoViewIfNeeded();
    screenshot(client, "files-4-portal-project-390");
    assertFitsWithoutSidewaysScroll(client);
    client.setViewportSize(1280, 860);

    // Staff see the download on record, then unshare the file.
    UUID fileId = fileIdOf(agency);
    Fixtures.signIn(agency.staff());
    assertThat(sharing.history(fileId))
        .extracting(AuditTrail.Entry::action, AuditTrail.Entry::actorName)
        .contains(org.assertj.core.groups.Tuple.tuple("file downloaded", "Contact J1"));
    Fixtures.signOut();
    staff.reload();
    staff
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unshare website-plan.pdf"))
        .click();
    Locator state = staff.locator(".shared-files vaadin-grid .file-state");
    assertThat(state).containsText("Not shared · unshared by Staff J");
    assertThat(
            staff.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Share again website-plan.pdf")))
        .isVisible();
    staff.locator(".shared-files").scrollIntoViewIfNeeded();
    screenshot(staff, "files-5-staff-unshared");

    // The client no longer sees it, nor can fetch it by its address.
    client.navigate(BASE + "/portal/files");
    assertThat(client.locator(".file-row")).hasCount(1);
    assertThat(client.locator(".file-row .name")).containsText("terms.pdf");
    assertThat(client.getByText("website-plan.pdf")).hasCount(0);
    assertThat(client.request().get(BASE + "/files/shared/" + fileId).status()).isEqualTo(404);
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    assertThat(client.locator(".project-files"))
        .containsText("No files shared for this project yet.");

    // The staff console fits a phone too; the client's page lists every file of the company.
    staff.setViewportSize(390, 844);
    staff.navigate(BASE + "/staff/clients/" + agency.client1());
    Locator clientFiles = staff.locator(".shared-files vaadin-grid");
    assertThat(clientFiles.getByText("terms.pdf")).isVisible();
    assertThat(clientFiles.getByText("website-plan.pdf")).isVisible();
    staff.locator(".shared-files").scrollIntoViewIfNeeded();
    screenshot(staff, "files-6-staff-client-390");
    assertFitsWithoutSidewaysScroll(staff);

    // A company nothing was shared with: an empty list that says whom to ask.
    Page other = newBrowser();
    signIn(other, agency.clientOf2().email());
    other.navigate(BASE + "/portal/files");
    assertThat(other.getByText("No files shared yet.")).isVisible();
    assertThat(other.locator(".files-empty")).containsText("Ask Staff J, your project lead.");
    screenshot(other, "files-7-portal-empty");
    assertFitsWithoutSidewaysScroll(other);
    other.setViewportSize(390, 844);
    other.reload();
    assertThat(other.getByText("No files shared yet.")).isVisible();
    screenshot(other, "files-8-portal-empty-390");
    assertFitsWithoutSidewaysScroll(other);
  }

  private UUID fileIdOf(Agency agency) {
    Fixtures.signIn(agency.staff());
    try {
      return sharing.forProject(agency.project1()).getFirst().id();
    } finally {
      Fixtures.signOut();
    }
  }

  private static void assertFitsWithoutSidewaysScroll(Page page) {
    assertFitsTheWindow(page);
    assertThat(
            (Boolean)
                page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal overflow at %s px", page.viewportSize().width)
        .isTrue();
  }

  private static void upload(Page page, Path file) {
    page.locator(".shared-files vaadin-upload input[type=file]").setInputFiles(file);
  }
}
