package dev.portico.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.SampleFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deliverable files over HTTP, as a signed-in browser fetches them. */
class DeliverableDownloadTest extends BrowserTest {

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"
              + "x".repeat(200)
              + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired DeliverableLibrary library;

  @Test
  void clientsGetTheirCompanysReadyFilesSafelyAndNothingElse() {
    Agency a = fixtures.agency("N");
    Fixtures.signIn(a.staff());
    UUID pdfDeliverable =
        library.create(a.project1(), new DeliverableForm("Brief", null, null, null));
    UUID pdf = library.upload(pdfDeliverable, "brief \"final\".pdf", new ByteArrayInputStream(PDF));
    library.markReady(pdfDeliverable);
    UUID htmlDeliverable =
        library.create(a.project1(), new DeliverableForm("Landing page", null, null, null));
    UUID html =
        library.upload(
            htmlDeliverable,
            "landing.png",
            new ByteArrayInputStream(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    library.markReady(htmlDeliverable);
    UUID draftDeliverable =
        library.create(a.project1(), new DeliverableForm("Draft", null, null, null));
    UUID draft = library.upload(draftDeliverable, "draft.pdf", new ByteArrayInputStream(PDF));
    Fixtures.signOut();

    Page client = newBrowser();
    signIn(client, a.clientOf1().email());

    APIResponse whole = client.request().get(BASE + "/files/deliverables/" + pdf);
    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.headers().get("content-type"))
        .as("a PDF is never handed to the browser's viewer: it may carry script")
        .isEqualTo("application/octet-stream");
    assertThat(whole.headers().get("content-disposition")).startsWith("attachment;");
    assertThat(whole.headers().get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(whole.headers().get("x-frame-options")).isEqualTo("SAMEORIGIN");
    assertThat(whole.body()).isEqualTo(PDF);

    APIResponse range =
        client
            .request()
            .get(
                BASE + "/files/deliverables/" + pdf,
                RequestOptions.create().setHeader("Range", "bytes=0-7"));
    assertThat(range.status()).isEqualTo(206);
    assertThat(range.headers().get("content-range")).isEqualTo("bytes 0-7/" + PDF.length);
    assertThat(new String(range.body(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");

    APIResponse active = client.request().get(BASE + "/files/deliverables/" + html);
    assertThat(active.status()).isEqualTo(200);
    assertThat(active.headers().get("content-type")).isEqualTo("application/octet-stream");
    assertThat(active.headers().get("content-disposition")).startsWith("attachment;");
    assertThat(active.headers().get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(active.headers().get("content-security-policy")).contains("sandbox");

    assertThat(client.request().get(BASE + "/files/deliverables/" + draft).status())
        .as("draft")
        .isEqualTo(404);
    assertThat(client.request().get(BASE + "/files/deliverables/not-a-uuid").status())
        .isEqualTo(404);
    assertThat(client.request().get(BASE + "/files/deliverables/" + UUID.randomUUID()).status())
        .isEqualTo(404);

    Page otherCompany = newBrowser();
    signIn(otherCompany, a.clientOf2().email());
    assertThat(otherCompany.request().get(BASE + "/files/deliverables/" + pdf).status())
        .isEqualTo(404);

    Agency b = fixtures.agency("O");
    Page otherAgency = newBrowser();
    signIn(otherAgency, b.staff().email());
    assertThat(otherAgency.request().get(BASE + "/files/deliverables/" + pdf).status())
        .isEqualTo(404);

    Page anonymous = newBrowser();
    APIResponse unsigned =
        anonymous
            .request()
            .get(BASE + "/files/deliverables/" + pdf, RequestOptions.create().setMaxRedirects(0));
    assertThat(unsigned.status()).as("anonymous is sent to sign in").isEqualTo(302);
    assertThat(unsigned.headers().get("location")).endsWith("/login");

    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    assertThat(staff.request().get(BASE + "/files/deliverables/" + draft).status())
        .as("staff see drafts")
        .isEqualTo(200);
  }

  @Test
  void aPdfThatRunsScriptIsShownAsPageImagesAndOnlyEverDownloaded() throws Exception {
    Agency a = fixtures.agency("J");
    byte[] pdf = SampleFiles.pdfWithOpenActionScript("Offer with a script");
    Fixtures.signIn(a.staff());
    UUID deliverable = library.create(a.project1(), new DeliverableForm("Offer", null, null, null));
    UUID version = library.upload(deliverable, "offer.pdf", new ByteArrayInputStream(pdf));
    library.markReady(deliverable);
    Fixtures.signOut();

    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    String file = BASE + "/files/deliverables/" + version;
    for (String url : List.of(file, file + "?download=true")) {
      APIResponse response = client.request().get(url);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-disposition")).as(url).startsWith("attachment;");
      assertThat(response.headers().get("content-type")).as(url).doesNotContain("pdf");
      assertThat(response.body()).as("the original, to save").isEqualTo(pdf);
    }

    APIResponse page = client.request().get(file + "/pages/1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().get("content-type")).isEqualTo("image/png");
    assertThat(page.headers().get("x-content-type-options")).isEqualTo("nosniff");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.body()));
    assertThat(image.getWidth()).isBetween(600, 2000);
    assertThat(image.getHeight()).isGreaterThan(image.getWidth());
    assertThat(darkPixels(image)).as("the text is drawn").isGreaterThan(100);
    assertThat(client.request().get(file + "/pages/2").status()).isEqualTo(404);
    assertThat(client.request().get(file + "/pages/0").status()).isEqualTo(404);

    Page otherCompany = newBrowser();
    signIn(otherCompany, a.clientOf2().email());
    assertThat(otherCompany.request().get(file + "/pages/1").status()).isEqualTo(404);
    APIResponse anonymous =
        newBrowser().request().get(file + "/pages/1", RequestOptions.create().setMaxRedirects(0));
    assertThat(anonymous.status()).isEqualTo(302);

    List<String> servedTypes = new CopyOnWriteArrayList<>();
    client.onResponse(r -> servedTypes.add(String.valueOf(r.headers().get("content-type"))));
    client.navigate(BASE + "/portal/projects/" + a.project1() + "/deliverables/" + deliverable);
    Locator shown = client.locator("img.preview-page");
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(shown).hasCount(1);
    client.waitForFunction("img => img.complete && img.naturalWidth > 0", shown.elementHandle());
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
            client.getByText("Page 1 of 1"))
        .isVisible();
    assertThat(client.locator("iframe, embed, object").count()).isZero();
    assertThat(servedTypes).noneMatch(type -> type.contains("pdf"));
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
