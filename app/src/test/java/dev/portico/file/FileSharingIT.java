package dev.portico.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.portico.file.FileSharing.StaffFile;
import dev.portico.file.PortalFiles.PortalFile;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.files.Download;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared files: who sees which file, unshare and share again, the audit trail, bad uploads. */
@IntegrationTest
class FileSharingIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired Fixtures fixtures;
  @Autowired FileSharing sharing;
  @Autowired PortalFiles portal;
  @Autowired SharedFileDownloads downloads;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void theClientSeesFilesForTheCompanyAndItsProjectsNewestFirstWithWhoSharedThem() {
    Agency a = fixtures.agency("F");
    Fixtures.signIn(a.staff());
    UUID contract = sharing.share(a.client1(), null, "contract.pdf", " Signed ", in(PDF));
    clock.advance(Duration.ofMinutes(1));
    UUID logo = sharing.share(a.client1(), a.project1(), "logo.png", null, in(PNG));
    UUID otherCompany = sharing.share(a.client2(), a.project2(), "theirs.pdf", null, in(PDF));

    Fixtures.signIn(a.clientOf1());
    assertThat(portal.mine())
        .extracting(
            PortalFile::id,
            PortalFile::fileName,
            PortalFile::projectName,
            PortalFile::sharedBy,
            PortalFile::description)
        .containsExactly(
            tuple(logo, "logo.png", "Project F1", "Staff F", null),
            tuple(contract, "contract.pdf", null, "Staff F", "Signed"));
    assertThat(portal.mine().getFirst().sharedAt())
        .isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
    assertThat(portal.mine().getFirst().sizeBytes()).isEqualTo(PNG.length);
    assertThat(portal.forProject(a.project1())).extracting(PortalFile::id).containsExactly(logo);
    assertThatThrownBy(() -> portal.forProject(a.project2())).isInstanceOf(NotFoundException.class);
    assertThat(portal.projects())
        .extracting(PortalFiles.ProjectChoice::name)
        .contains("Project F1");
    assertThat(portal.whoToAsk()).containsExactly("Staff F");

    Fixtures.signIn(a.clientOf2());
    assertThat(portal.mine()).extracting(PortalFile::id).containsExactly(otherCompany);

    Fixtures.signIn(a.owner());
    assertThat(sharing.forClient(a.client1()))
        .extracting(StaffFile::fileName, StaffFile::shared)
        .containsExactly(tuple("logo.png", true), tuple("contract.pdf", true));
    assertThat(sharing.forProject(a.project1())).extracting(StaffFile::id).containsExactly(logo);
  }

  @Test
  void unsharingHidesAFileFromTheClientUntilStaffShareItAgain() throws Exception {
    Agency a = fixtures.agency("U");
    Fixtures.signIn(a.staff());
    UUID id = sharing.share(a.client1(), a.project1(), "plan.pdf", null, in(PDF));

    Fixtures.signIn(a.clientOf1());
    Download first = downloads.open(id);
    assertThat(Files.readAllBytes(first.path())).isEqualTo(PDF);
    assertThat(first.fileName()).isEqualTo("plan.pdf");
    assertThat(first.inline()).as("shared files are always attachments").isFalse();

    Fixtures.signIn(a.owner());
    sharing.unshare(id);
    sharing.unshare(id); // a second click changes nothing
    assertThat(sharing.forProject(a.project1()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.shared()).isFalse();
              assertThat(f.unsharedBy()).isEqualTo("Owner U");
              assertThat(f.unsharedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
            });
    Download staffStillHasIt = downloads.open(id);
    assertThat(Files.readAllBytes(staffStillHasIt.path())).isEqualTo(PDF);

    Fixtures.signIn(a.clientOf1());
    assertThat(portal.mine()).isEmpty();
    assertThat(portal.forProject(a.project1())).isEmpty();
    assertThatThrownBy(() -> downloads.open(id)).isInstanceOf(NotFoundException.class);

    clock.advance(Duration.ofMinutes(5));
    Fixtures.signIn(a.staff());
    sharing.shareAgain(id);
    assertThat(sharing.forClient(a.client1()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.shared()).isTrue();
              assertThat(f.unsharedBy()).isNull();
              assertThat(f.sharedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
            });

    Fixtures.signIn(a.clientOf1());
    assertThat(portal.mine()).extracting(PortalFile::id).containsExactly(id);
    downloads.open(id);

    Fixtures.signIn(a.staff());
    assertThat(sharing.history(id))
        .extracting(AuditTrail.Entry::action, AuditTrail.Entry::actorName)
        .containsExactlyInAnyOrder(
            tuple("file shared", "Staff U"),
            tuple("file downloaded", "Contact U1"),
            tuple("file unshared", "Owner U"),
            tuple("file shared again", "Staff U"),
            tuple("file downloaded", "Contact U1"));
    assertThat(sharing.history(id))
        .filteredOn(e -> e.action().equals("file downloaded"))
        .allSatisfy(
            e -> assertThat(e.detail()).contains("plan.pdf", "Contact U1", a.clientOf1().email()));
    assertThat(sharing.history(id))
        .filteredOn(e -> e.action().equals("file shared"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("plan.pdf, for Project U1"));
  }

  @Test
  void aFileFromElsewhereIsNotFound() {
    Agency a = fixtures.agency("N");
    Agency b = fixtures.agency("O");
    Fixtures.signIn(a.staff());
    UUID shared = sharing.share(a.client1(), null, "shared.pdf", null, in(PDF));
    UUID unshared = sharing.share(a.client1(), null, "unshared.pdf", null, in(PDF));
    sharing.unshare(unshared);
    UUID otherCompanys = sharing.share(a.client2(), null, "client2.pdf", null, in(PDF));
    Fixtures.signIn(b.staff());
    UUID otherAgencys = sharing.share(b.client1(), null, "agency-b.pdf", null, in(PDF));

    Fixtures.signIn(a.clientOf1());
    downloads.open(shared);
    for (UUID id : List.of(unshared, otherCompanys, otherAgencys, UUID.randomUUID())) {
      assertThatThrownBy(() -> downloads.open(id)).isInstanceOf(NotFoundException.class);
    }

    Fixtures.signIn(b.staff());
    for (UUID id : List.of(shared, unshared)) {
      assertThatThrownBy(() -> downloads.open(id)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> sharing.unshare(id)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> sharing.shareAgain(id)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> sharing.history(id)).isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(() -> sharing.forClient(a.client1())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sharing.forProject(a.project1()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "x.pdf", null, in(PDF)))
        .isInstanceOf(NotFoundException.class);

    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> sharing.share(a.client1(), a.project2(), "wrong.pdf", null, in(PDF)))
        .as("a project of another company")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sharing.share(a.client1(), b.project1(), "b.pdf", null, in(PDF)))
        .isInstanceOf(NotFoundException.class);
    assertThat(downloads.open(unshared).fileName()).isEqualTo("unshared.pdf");
    assertThat(sharing.history(shared))
        .extracting(AuditTrail.Entry::action)
        .containsExactlyInAnyOrder("file shared", "file downloaded");
  }

  @Test
  void emptyTooLargeAndDisguisedUploadsAreRefusedSayingWhy() {
    Agency a = fixtures.agency("R");
    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "empty.pdf", null, in(new byte[0])))
        .isInstanceOf(ValidationException.class)
        .hasMessage("empty.pdf is empty. Choose a file with content.");
    long max = sharing.maxUploadBytes();
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "huge.bin", null, zeros(max + 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("larger than");
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "photo.png", null, in(html)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "photo.png is not what its name says: it is an HTML page. It cannot be shared.");
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "report.txt", null, in(svg)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("it is an SVG image");
    byte[] text = "just some notes".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "invoice.pdf", null, in(text)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("invoice.pdf is not a PDF");
    assertThatThrownBy(() -> sharing.share(a.client1(), null, "long.pdf", "x".repeat(501), in(PDF)))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("At most 500 characters");
    assertThat(sharing.forClient(a.client1())).as("nothing was shared").isEmpty();

    UUID page = sharing.share(a.client1(), null, "newsletter.html", null, in(html));
    Fixtures.signIn(a.clientOf1());
    Download honest = downloads.open(page);
    assertThat(honest.contentType()).isEqualTo("text/html");
    assertThat(honest.inline()).as("an honestly named page is only ever downloaded").isFalse();
  }

  @Test
  void onlyStaffShareAndOnlyClientsReadThePortalList() {
    Agency a = fixtures.agency("S");
    Supplier<UUID> share = () -> sharing.share(a.client1(), null, "a.pdf", null, in(PDF));
    SessionUser client = a.clientOf1();
    Fixtures.signIn(client);
    assertThatThrownBy(share::get)
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    Fixtures.signIn(a.staff());
    assertThatThrownBy(portal::mine)
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    Fixtures.signOut();
    assertThatThrownBy(() -> downloads.open(UUID.randomUUID()))
        .isInstanceOf(
            org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
                .class);
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** {@code size} zero bytes, made as they are read. */
  private static InputStream zeros(long size) {
    return new InputStream() {
      long left = size;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
