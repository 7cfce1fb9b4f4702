package dev.portico.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.processes.InvoiceDunningProcess;
import dev.portico.project.ProjectPlanning;
import dev.portico.shared.engine.EngineStartup;
import dev.portico.shared.engine.FlowRegistry;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.SmtpMails;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dunning of an invoice end to end: real PostgreSQL, the embedded engine with its clock moved
 * past the due moment and the reminder offsets, the real workers, mails over SMTP (GreenMail) with
 * the PDF attached.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3029",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext // moves the engine's clock; the last test replaces the engine
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceDunningIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

  /** The engine that replaced the context's own in the restart test (which runs last). */
  private static ZeebeTestEngine replacement;

  /** How far the tests moved the engine's clock (and the domain clock) ahead of the wall clock. */
  private static Duration shifted = Duration.ZERO;

  @AfterAll
  static void stopReplacement() {
    if (replacement != null) {
      replacement.stop();
    }
  }

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired InvoicePayments payments;
  @Autowired ProjectPlanning planning;
  @Autowired FlowRegistry flows;
  @Autowired ZeebeTestEngine engine;
  @Autowired EngineStartup engineStartup;
  @Autowired Environment environment;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  @Order(1)
  void anUnpaidInvoiceIsMailedMarkedOverdueRemindedEscalatedAndEndsWithAReceipt() throws Exception {
    Agency a = fixtures.agency("D");
    reminderOffsets(a, "P2D,P5D");
    UUID id = send(a, a.project1(), LocalDate.now(clock));
    String number = numberOf(a, id);
    String client = a.clientOf1().email();

    MimeMessage invoiceMail = awaitMail(client, "Invoice " + number + " from Agency D");
    assertThat(GreenMailUtil.getBody(invoiceMail)).contains("/portal/billing/" + id);
    byte[] attached = pdfAttachment(invoiceMail, number + ".pdf");
    assertThat(InvoicePdfTest.text(attached)).contains(number, "Client D1", "EUR 1,210.00");

    Instant dueAt = detail(a, id).dueAt();
    advanceTo(dueAt);
    awaitMail(client, "Invoice " + number + " is overdue");
    assertThat(detail(a, id).status()).isEqualTo(InvoiceStatus.OVERDUE);
    assertThat(detail(a, id).nextReminderAt())
        .as("the first reminder at the workspace's first offset")
        .isEqualTo(dueAt.plus(Duration.ofDays(2)));

    advanceTo(dueAt.plus(Duration.ofDays(2)));
    await().atMost(WAIT).until(() -> mails(client, "Payment reminder: invoice " + number) == 1);
    await().atMost(WAIT).until(() -> detail(a, id).remindersSent() == 1);
    assertThat(detail(a, id).nextReminderAt()).isEqualTo(dueAt.plus(Duration.ofDays(5)));

    advanceTo(dueAt.plus(Duration.ofDays(5)));
    await().atMost(WAIT).until(() -> mails(client, "Payment reminder: invoice " + number) == 2);
    awaitMail(a.staff().email(), "Overdue payment to chase: " + number);
    Fixtures.signIn(a.staff());
    assertThat(planning.myOpenTasks())
        .as("the project's lead has the escalation in the inbox")
        .anySatisfy(
            t -> {
              assertThat(t.title()).isEqualTo("Chase payment: " + number + " (Client D1)");
              assertThat(t.projectId()).isEqualTo(a.project1());
            });
    InvoiceDetail escalated = detail(a, id);
    assertThat(escalated.escalatedAt()).isNotNull();
    assertThat(escalated.escalatedTo()).isEqualTo("Staff D");
    assertThat(escalated.nextReminderAt()).isNull();

    Fixtures.signOut();
    String reference = "pi_" + UUID.randomUUID();
    assertThat(payments.recordOnlinePayment(id, 121000, "EUR", reference).result())
        .isEqualTo(PaymentOutcome.Result.PAID);
    assertThat(payments.recordOnlinePayment(id, 121000, "EUR", reference).result())
        .as("the webhook delivered twice")
        .isEqualTo(PaymentOutcome.Result.ALREADY_RECORDED);

    MimeMessage receipt = awaitMail(client, "Payment received: invoice " + number);
    assertThat(InvoicePdfTest.text(pdfAttachment(receipt, number + ".pdf")))
        .contains("PAID", "Paid in full");
    await().atMost(WAIT).until(() -> !flows.runs(InvoiceDunningProcess.ID, id.toString()));
    InvoiceDetail paid = detail(a, id);
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.payments()).hasSize(1);
    assertThat(paid.receiptSentAt()).isNotNull();
    assertThat(mails(client, "Payment received")).isEqualTo(1);
    assertThat(mails(client, "Payment reminder")).as("no reminder after the payment").isEqualTo(2);
  }

  @Test
  @Order(2)
  void anInvoicePaidBeforeItsDueDateIsNeverChased() throws Exception {
    Agency a = fixtures.agency("E");
    UUID id = send(a, null, LocalDate.now(clock).plusDays(3));
    String number = numberOf(a, id);
    awaitMail(a.clientOf1().email(), "Invoice " + number);

    Fixtures.signIn(a.staff());
    billing.recordManualPayment(id, new BigDecimal("1210"), LocalDate.now(clock), "BANK-7");
    awaitMail(a.clientOf1().email(), "Payment received: invoice " + number);
    await().atMost(WAIT).until(() -> !flows.runs(InvoiceDunningProcess.ID, id.toString()));

    advanceTo(detail(a, id).dueAt().plus(Duration.ofDays(30)));
    assertThat(detail(a, id).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(mails(a.clientOf1().email(), "Invoice " + number + " is overdue")).isZero();
  }

  @Test
  @Order(3)
  void voidingStopsTheChaseAndTellsTheClient() throws Exception {
    Agency a = fixtures.agency("F");
    UUID id = send(a, null, LocalDate.now(clock));
    String number = numberOf(a, id);
    awaitMail(a.clientOf1().email(), "Invoice " + number);
    await()
        .atMost(WAIT)
        .until(
            () ->
                detail(a, id).history().stream()
                    .anyMatch(e -> e.action().equals("Invoice mailed")));

    Fixtures.signIn(a.staff());
    billing.voidInvoice(id, "Sent to the wrong company");
    awaitMail(a.clientOf1().email(), "Invoice " + number + " was cancelled");
    await().atMost(WAIT).until(() -> !flows.runs(InvoiceDunningProcess.ID, id.toString()));

    advanceTo(detail(a, id).dueAt().plus(Duration.ofDays(30)));
    assertThat(detail(a, id).status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(detail(a, id).remindersSent()).isZero();
    assertThat(mails(a.clientOf1().email(), "Invoice " + number + " is overdue")).isZero();
  }

  /**
   * The engine restarts empty (its state is in memory): Portico resumes each chase from the
   * invoice's state, one waiting for payment before its due date, one overdue after its first
   * reminder, and each continues from there without repeating a mail.
   */
  @Test
  @Order(4)
  void afterTheEngineLostItsStateEachChaseResumesAtItsWaitingPoint() throws Exception {
    Agency a = fixtures.agency("G");
    reminderOffsets(a, "P2D,P5D");
    String client = a.clientOf1().email();
    UUID overdue = send(a, null, LocalDate.now(clock));
    UUID waiting = send(a, null, LocalDate.now(clock).plusDays(10));
    String overdueNumber = numberOf(a, overdue);
    String waitingNumber = numberOf(a, waiting);
    awaitMail(client, "Invoice " + overdueNumber + " from");
    awaitMail(client, "Invoice " + waitingNumber + " from");
    Instant overdueDueAt = detail(a, overdue).dueAt();
    advanceTo(overdueDueAt.plus(Duration.ofDays(2)));
    await().atMost(WAIT).until(() -> detail(a, overdue).remindersSent() == 1);
    assertThat(detail(a, waiting).status()).isEqualTo(InvoiceStatus.SENT);

    // The application restarts on an empty engine: same port, nothing deployed, no instances.
    engine.stop();
    int port = environment.getRequiredProperty("portico.engine.embedded-port", Integer.class);
    replacement = EngineFactory.create(port);
    replacement.start();
    replacement.increaseTime(shifted); // a new engine's clock is the wall clock
    engineStartup.deployAndResume();

    assertThat(startBefore(overdue)).isEqualTo(InvoiceDunningProcess.WAIT_FOR_NEXT_REMINDER);
    assertThat(startBefore(waiting)).isEqualTo(InvoiceDunningProcess.WAIT_FOR_PAYMENT);
    await().atMost(WAIT).until(() -> flows.runs(InvoiceDunningProcess.ID, overdue.toString()));
    await().atMost(WAIT).until(() -> flows.runs(InvoiceDunningProcess.ID, waiting.toString()));

    advanceTo(overdueDueAt.plus(Duration.ofDays(5)), replacement);
    awaitMail(a.owner().email(), "Overdue payment to chase: " + overdueNumber);
    Fixtures.signIn(a.owner());
    assertThat(planning.myOpenTasks())
        .as("an invoice without a project is chased by the workspace owner")
        .anySatisfy(
            t -> {
              assertThat(t.title()).isEqualTo("Chase payment: " + overdueNumber + " (Client G1)");
              assertThat(t.projectId()).isNull();
            });
    Fixtures.signOut();
    assertThat(mails(client, "Payment reminder: invoice " + overdueNumber))
        .as("reminder 2 went out; reminder 1 was not sent again")
        .isEqualTo(2);
    assertThat(detail(a, overdue).remindersSent()).isEqualTo(2);

    advanceTo(detail(a, waiting).dueAt(), replacement);
    awaitMail(client, "Invoice " + waitingNumber + " is overdue");
    assertThat(mails(client, "Invoice " + waitingNumber + " from"))
        .as("the invoice mail is not sent again on resume")
        .isEqualTo(1);
  }

  // --- helpers ---

  /** Sends an invoice to client 1 of EUR 1,210.00 (1,000.00 + 21 % tax), due on {@code due}. */
  private UUID send(Agency a, UUID projectId, LocalDate due) {
    Fixtures.signIn(a.staff());
    UUID id =
        billing.createDraft(
            a.client1(),
            projectId,
            new InvoiceForm(
                "EUR",
                LocalDate.now(clock),
                due,
                null,
                List.of(
                    new InvoiceForm.Line(
                        "Website build",
                        BigDecimal.ONE,
                        new BigDecimal("1000"),
                        new BigDecimal("21")))));
    billing.send(id);
    Fixtures.signOut();
    return id;
  }

  private void reminderOffsets(Agency a, String offsets) {
    jdbc.sql("update workspace set dunning_reminder_offsets = ? where id = ?")
        .params(offsets, a.workspaceId())
        .update();
  }

  /** As the agency's staff see it; signs out afterwards. */
  private InvoiceDetail detail(Agency a, UUID id) {
    Fixtures.signIn(a.staff());
    try {
      return billing.detail(id);
    } finally {
      Fixtures.signOut();
    }
  }

  private String numberOf(Agency a, UUID id) {
    return detail(a, id).number();
  }

  private void advanceTo(Instant moment) {
    advanceTo(moment, engine);
  }

  /** Moves the engine's clock and the domain clock a minute past {@code moment}. */
  private void advanceTo(Instant moment, ZeebeTestEngine on) {
    Duration by = Duration.between(Instant.now().plus(shifted), moment).plusMinutes(1);
    if (by.isNegative()) {
      return;
    }
    on.increaseTime(by);
    clock.advance(by);
    shifted = shifted.plus(by);
  }

  private String startBefore(UUID invoiceId) {
    return jdbc.sql(
            "select start_before from engine_command where kind = 'CREATE_INSTANCE'"
                + " and business_key = ? order by created_at desc limit 1")
        .param(invoiceId.toString())
        .query(String.class)
        .single();
  }

  private static MimeMessage awaitMail(String to, String subjectStart) {
    return SmtpMails.awaitMail(smtp, to, subjectStart);
  }

  private static long mails(String to, String subjectStart) {
    return SmtpMails.count(smtp, to, subjectStart);
  }

  /** The attachment named {@code fileName}, checked to be a PDF. */
  private static byte[] pdfAttachment(MimeMessage message, String fileName) throws Exception {
    BodyPart part = find((Multipart) message.getContent(), fileName);
    assertThat(part).as("attachment %s", fileName).isNotNull();
    assertThat(part.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
    assertThat(part.getContentType()).startsWith("application/pdf");
    return part.getInputStream().readAllBytes();
  }

  private static BodyPart find(Multipart multipart, String fileName) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part;
      }
      if (part.getContent() instanceof Multipart nested) {
        BodyPart found = find(nested, fileName);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
