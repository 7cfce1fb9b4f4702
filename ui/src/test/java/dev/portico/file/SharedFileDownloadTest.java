package dev.portico.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared files over HTTP, as a signed-in browser downloads them. */
class SharedFileDownloadTest extends BrowserTest {

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"
              + "x".repeat(200)
              + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired FileSharing sharing;

  @Test
  void theClientDownloadsWhatIsSharedWithItsCompanyAndNothingElse() {
    Agency a = fixtures.agency("H");
    Agency b = fixtures.agency("I");
    Fixtures.signIn(a.staff());
    UUID shared =
        sharing.share(
            a.client1(), a.project1(), "offer \"final\".pdf", null, new ByteArrayInputStream(PDF));
    UUID page =
        sharing.share(
            a.client1(),
            null,
            "newsletter.html",
            null,
            new ByteArrayInputStream(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    UUID unshared =
        sharing.share(a.client1(), null, "old.pdf", null, new ByteArrayInputStream(PDF));
    sharing.unshare(unshared);
    UUID otherCompany =
        sharing.share(a.client2(), null, "theirs.pdf", null, new ByteArrayInputStream(PDF));
    Fixtures.signIn(b.staff());
    UUID otherAgency =
        sharing.share(b.client1(), null, "agency-b.pdf", null, new ByteArrayInputStream(PDF));
    Fixtures.signOut();

    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    APIResponse file = client.request().get(BASE + "/files/shared/" + shared);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    assertThat(file.headers().get("content-disposition"))
        .startsWith("attachment;")
        .contains("filename=")
        .contains("final");
    assertThat(file.headers().get("content-type")).isEqualTo("application/octet-stream");
    assertThat(file.headers().get("x-content-type-options")).isEqualTo("nosniff");

    APIResponse active = client.request().get(BASE + "/files/shared/" + page);
    assertThat(active.status()).isEqualTo(200);
    assertThat(active.headers().get("content-type")).isEqualTo("application/octet-stream");
    assertThat(active.headers().get("content-disposition")).startsWith("attachment;");
    assertThat(active.headers().get("content-security-policy")).contains("sandbox");

    for (String id :
        new String[] {
          unshared.toString(),
          otherCompany.toString(),
          otherAgency.toString(),
          UUID.randomUUID().toString(),
          "not-a-uuid"
        }) {
      APIResponse refused = client.request().get(BASE + "/files/shared/" + id);
      assertThat(refused.status()).as(id).isEqualTo(404);
      assertThat(refused.text()).isEqualTo("Not found");
    }

    Page otherContact = newBrowser();
    signIn(otherContact, a.clientOf2().email());
    assertThat(otherContact.request().get(BASE + "/files/shared/" + shared).status())
        .isEqualTo(404);
    assertThat(otherContact.request().get(BASE + "/files/shared/" + otherCompany).status())
        .isEqualTo(200);

    Page otherStaff = newBrowser();
    signIn(otherStaff, b.staff().email());
    assertThat(otherStaff.request().get(BASE + "/files/shared/" + shared).status()).isEqualTo(404);

    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    assertThat(staff.request().get(BASE + "/files/shared/" + unshared).status())
        .as("staff still have an unshared file")
        .isEqualTo(200);

    APIResponse anonymous =
        newBrowser()
            .request()
            .get(BASE + "/files/shared/" + shared, RequestOptions.create().setMaxRedirects(0));
    assertThat(anonymous.status()).as("anonymous is sent to sign in").isEqualTo(302);

    Fixtures.signIn(a.staff());
    assertThat(sharing.history(shared))
        .filteredOn(e -> e.action().equals("file downloaded"))
        .extracting(AuditTrail.Entry::actorName)
        .as("the client's download is on record, staff's is not")
        .containsExactly("Contact H1");
    Fixtures.signOut();
  }
}
