package dev.portico.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
    assertThat(whole.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(whole.headers().get("content-disposition")).startsWith("inline;");
    assertThat(whole.headers().get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(whole.headers().get("x-frame-options"))
        .as("the review page frames PDFs; other sites may not")
        .isEqualTo("SAMEORIGIN");
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
}
