package dev.portico.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.project.Tasks;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Deliverable review end to end: real PostgreSQL (locking triggers), engine, workers, SMTP. */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3027",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext // moves the engine's clock
class DeliverableReviewIT {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  private static final byte[] PNG_V2 =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"));

  @Autowired Fixtures fixtures;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired Deliverables deliverables;
  @Autowired Tasks tasks;
  @Autowired JdbcClient jdbc;
  @Autowired ZeebeTestEngine engine;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void approvedFirstTimeLocksTheDeliverableForEveryone() {
    Agency a = fixtures.agency("D");
    Fixtures.signIn(a.staff());
    UUID id =
        library.create(
            a.project1(), new DeliverableForm("Homepage mockup", null, a.milestone1(), null));
    UUID v1 = library.upload(id, "homepage.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    awaitMail(a.clientOf1().email(), "Homepage mockup is ready for your review");
    MimeMessage mail =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> sentTo(m, a.clientOf1().email(), "Homepage mockup is ready"))
            .findFirst()
            .orElseThrow();
    String raw = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
    assertThat(raw)
        .as("a branded HTML part with a button, and the plain text")
        .contains("text/html", "text/plain", "Review it", "/portal/projects/" + a.project1());

    Fixtures.signIn(a.clientOf1());
    assertThat(review.forProject(a.project1()))
        .singleElement()
        .satisfies(d -> assertThat(d.canDecide()).isTrue());
    review.approve(id, v1);

    Deliverable approved = deliverables.findById(id).orElseThrow();
    assertThat(approved.getStatus()).isEqualTo(DeliverableStatus.APPROVED);
    assertThat(approved.getApprovedVersionId()).isEqualTo(v1);
    String hash =
        jdbc.sql("select content_sha256 from deliverable_decision where deliverable_id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(hash)
        .isEqualTo(
            jdbc.sql("select file_sha256 from deliverable_version where id = ?")
                .param(v1)
                .query(String.class)
                .single());

    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> library.upload(id, "v2.png", new ByteArrayInputStream(PNG_V2)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("approved and locked");
    assertThatThrownBy(() -> library.update(id, new DeliverableForm("Renamed", null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("approved and locked");
    assertThatThrownBy(() -> library.deleteDraft(id))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("approved and locked");
    assertThatThrownBy(
            () ->
                jdbc.sql("update deliverable_version set file_name = 'evil.png' where id = ?")
                    .param(v1)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("locked");
    assertThatThrownBy(
            () -> jdbc.sql("delete from deliverable_version where id = ?").param(v1).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("locked");
    assertThatThrownBy(
            () ->
                jdbc.sql("update deliverable set title = 'renamed' where id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("locked");
    assertThatThrownBy(() -> jdbc.sql("delete from deliverable where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("locked");

    awaitMail(a.staff().email(), "Approved: Homepage mockup");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql("select done from milestone where id = ?")
                    .param(a.milestone1())
                    .query(Boolean.class)
                    .single());
  }

  @Test
  void changesRequestedGiveTheLeadARevisionTaskThenTheNewVersionIsApproved() {
    Agency a = fixtures.agency("F");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Logo", null, null, null));
    UUID v1 = library.upload(id, "logo.png", new ByteArrayInputStream(PNG));
    library.markReady(id);

    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> review.requestChanges(id, v1, " "))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("Tell the team what to change");
    review.requestChanges(id, v1, "Make it bigger");

    awaitMail(a.staff().email(), "Changes requested: Logo");
    assertThat(bodyOf(a.staff().email(), "Changes requested: Logo"))
        .as("the lead reads the feedback and gets a link staff can open")
        .contains("Make it bigger")
        .contains("/staff/deliverables/" + id);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                tasks.findAll().stream()
                    .anyMatch(
                        t ->
                            t.getTitle().equals("Revise Logo (round 1)")
                                && a.staff().accountId().equals(t.getAssigneeId())));

    Fixtures.signIn(a.staff());
    UUID v2 = library.upload(id, "logo-v2.png", new ByteArrayInputStream(PNG_V2));
    library.markReady(id);
    awaitMailCount(a.clientOf1().email(), 2);

    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> review.approve(id, v1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("newer version");
    review.approve(id, v2);
    var seen = review.view(id);
    assertThat(seen.versions())
        .extracting(DeliverableReview.PortalVersion::number)
        .containsExactly(2, 1);
    assertThat(seen.versions().get(1).feedback()).isEqualTo("Make it bigger");
    assertThat(seen.status()).isEqualTo(DeliverableStatus.APPROVED);

    Fixtures.signIn(a.staff());
    var history = library.detail(id);
    assertThat(history.round()).isEqualTo(2);
    assertThat(history.readyToShow()).isFalse();
    assertThat(history.decisions())
        .extracting(
            DeliverableLibrary.DecisionRow::versionNumber,
            DeliverableLibrary.DecisionRow::decision,
            DeliverableLibrary.DecisionRow::feedback)
        .containsExactly(
            tuple(2, DeliverableDecision.Kind.APPROVED, null),
            tuple(1, DeliverableDecision.Kind.CHANGES_REQUESTED, "Make it bigger"));
    assertThat(history.decisions().getFirst().contentSha256())
        .isEqualTo(history.versions().getFirst().sha256());
    assertThat(history.approvedBy()).isEqualTo(history.decisions().getFirst().decidedBy());
  }

  @Test
  void racingApprovalsAndUploadsHaveExactlyOneWinner() throws Exception {
    Agency a = fixtures.agency("G");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Brochure", null, null, null));
    UUID v1 = library.upload(id, "brochure.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    Fixtures.signOut();

    int racers = 6;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(racers)) {
      for (int i = 0; i < racers; i++) {
        boolean client = i % 2 == 0;
        Callable<String> race =
            () -> {
              start.await();
              Fixtures.signIn(client ? a.clientOf1() : a.staff());
              try {
                if (client) {
                  review.approve(id, v1);
                  return "approved";
                }
                library.upload(id, "late.png", new ByteArrayInputStream(PNG_V2));
                return "uploaded";
              } catch (ValidationException e) {
                return "refused: " + e.getMessage();
              } finally {
                Fixtures.signOut();
              }
            };
        results.add(pool.submit(race));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).filteredOn(o -> !o.startsWith("refused")).containsExactly("approved");
      assertThat(outcomes)
          .filteredOn(o -> o.startsWith("refused"))
          .allSatisfy(
              o ->
                  assertThat(o)
                      .containsAnyOf(
                          "already approved",
                          "approved and locked",
                          "reviewing the current version"));
    }
    assertThat(
            jdbc.sql("select count(*) from deliverable_version where deliverable_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void silentClientIsRemindedAtTheWorkspacesInterval() {
    Agency a = fixtures.agency("P");
    jdbc.sql("update workspace set review_reminder_interval = 'P1D' where id = ?")
        .param(a.workspaceId())
        .update();
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Wireframes", null, null, null));
    library.upload(id, "wireframes.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    awaitMail(a.clientOf1().email(), "Wireframes is ready for your review");

    engine.increaseTime(Duration.ofDays(1).plusMinutes(5));

    awaitMail(a.clientOf1().email(), "Reminder: Wireframes waits for your review");
  }

  @Test
  void starterPlanShowsDeliverablesReadOnly() {
    Agency a = fixtures.agency("H");
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?").param(a.workspaceId()).update();
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Sitemap", null, null, null));
    UUID v1 =
        library.upload(
            id,
            "sitemap.pdf",
            new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    library.markReady(id);
    awaitMail(a.clientOf1().email(), "Sitemap is ready to view");

    Fixtures.signIn(a.clientOf1());
    var seen = review.view(id);
    assertThat(seen.canDecide()).isFalse();
    assertThat(seen.status()).isEqualTo(DeliverableStatus.SHARED);
    assertThatThrownBy(() -> review.approve(id, v1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("viewing only");
  }

  @Test
  void otherCompaniesAndWorkspacesGetNotFound() {
    Agency a = fixtures.agency("K");
    Agency b = fixtures.agency("L");
    Fixtures.signIn(a.staff());
    UUID draft = library.create(a.project1(), new DeliverableForm("Draft", null, null, null));
    UUID id = library.create(a.project1(), new DeliverableForm("Poster", null, null, null));
    UUID v1 = library.upload(id, "poster.png", new ByteArrayInputStream(PNG));
    library.markReady(id);

    Fixtures.signIn(a.clientOf2());
    assertThatThrownBy(() -> review.view(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> review.approve(id, v1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> review.forProject(a.project1())).isInstanceOf(NotFoundException.class);
    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> review.view(draft))
        .as("drafts stay internal")
        .isInstanceOf(NotFoundException.class);
    Fixtures.signIn(b.clientOf1());
    assertThatThrownBy(() -> review.view(id)).isInstanceOf(NotFoundException.class);
    Fixtures.signIn(b.staff());
    assertThatThrownBy(() -> library.upload(id, "x.png", new ByteArrayInputStream(PNG)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> library.detail(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> library.create(a.project1(), new DeliverableForm("X", null, null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void draftsCanBeEditedAndDeletedButWhatTheClientSawStays() {
    Agency a = fixtures.agency("E");
    Fixtures.signIn(a.staff());
    UUID draft = library.create(a.project1(), new DeliverableForm("Sketch", null, null, null));
    library.upload(draft, "sketch.png", new ByteArrayInputStream(PNG));
    library.update(
        draft, new DeliverableForm("Sketch, cleaned up", "Two options", null, a.visibleTask1()));
    var edited = library.detail(draft);
    assertThat(edited.title()).isEqualTo("Sketch, cleaned up");
    assertThat(edited.linkedTo()).isEqualTo("Task “Visible task E”");
    assertThatThrownBy(
            () ->
                library.update(
                    draft, new DeliverableForm("X", null, a.milestone1(), a.visibleTask1())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not both");
    library.deleteDraft(draft);
    assertThatThrownBy(() -> library.detail(draft)).isInstanceOf(NotFoundException.class);

    UUID shown = library.create(a.project1(), new DeliverableForm("Poster", null, null, null));
    library.upload(shown, "poster.png", new ByteArrayInputStream(PNG));
    library.markReady(shown);
    assertThatThrownBy(() -> library.deleteDraft(shown))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("was shown to the client");
    library.update(shown, new DeliverableForm("Poster A2", "Printed on A2", null, null));
    assertThat(library.detail(shown).title()).isEqualTo("Poster A2");
  }

  @Test
  void hostileUploadsAreStoredForDownloadOnly() {
    Agency a = fixtures.agency("M");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Mockup", null, null, null));
    UUID html =
        library.upload(
            id,
            "../../mockup.png",
            new ByteArrayInputStream(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    var version = library.detail(id).versions().getFirst();
    assertThat(version.id()).isEqualTo(html);
    assertThat(version.fileName()).isEqualTo("mockup.png");
    assertThat(version.contentType()).isEqualTo("text/html");
    assertThat(version.inline()).isFalse();
    assertThatThrownBy(() -> library.upload(id, "empty.png", new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("empty");
  }

  private static String bodyOf(String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, to, subjectStart))
        .map(
            m -> {
              try {
                return m.getContent() instanceof String text ? text : GreenMailUtil.getBody(m);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .findFirst()
        .orElseThrow();
  }

  private static void awaitMail(String to, String subjectStart) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(m -> sentTo(m, to, subjectStart)));
  }

  private static void awaitMailCount(String to, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, to, "")).count()
                    >= count);
  }

  /** Whether a received mail went to {@code to} with a subject starting {@code subjectStart}. */
  private static boolean sentTo(MimeMessage m, String to, String subjectStart) {
    try {
      return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
          && m.getSubject().startsWith(subjectStart);
    } catch (MessagingException e) {
      return false;
    }
  }
}
