package dev.portico.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.portico.identity.AccountAccess;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.InvoiceRow;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.processes.InvoiceDunningProcess;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded demo shows billing: Acme has a paid, an open, an overdue and a draft invoice. */
@IntegrationTest
class DemoBillingIT {

  @Autowired DemoData demo;
  @Autowired DemoWork work;
  @Autowired AccountAccess access;
  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portal;
  @Autowired DevMailbox mailbox;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void acmeHasAnInvoiceInEveryStateOnce() {
    demo.seedOnce();
    assertThat(work.billOnce()).isTrue();
    assertThat(work.billOnce()).as("seeded once").isFalse();

    Fixtures.signIn(access.signInAllowed(DemoData.STAFF_EMAIL).orElseThrow());
    var rows = billing.list(null);
    assertThat(rows)
        .extracting(InvoiceRow::status)
        .containsExactlyInAnyOrder(
            InvoiceStatus.PAID, InvoiceStatus.SENT, InvoiceStatus.OVERDUE, InvoiceStatus.DRAFT);
    InvoiceRow overdueRow =
        rows.stream().filter(r -> r.status() == InvoiceStatus.OVERDUE).findFirst().orElseThrow();
    InvoiceDetail overdue = billing.detail(overdueRow.id());
    assertThat(overdue.remindersSent()).as("3 and 7 days after the due date passed").isEqualTo(2);
    assertThat(overdue.nextReminderAt()).isEqualTo(overdue.dueAt().plus(Duration.ofDays(14)));
    assertThat(
            jdbc.sql(
                    "select start_before from engine_command where kind = 'CREATE_INSTANCE'"
                        + " and business_key = ?")
                .param(overdueRow.id().toString())
                .query(String.class)
                .single())
        .isEqualTo(InvoiceDunningProcess.WAIT_FOR_NEXT_REMINDER);

    Fixtures.signIn(access.signInAllowed(DemoData.CLIENT_A_EMAIL).orElseThrow());
    assertThat(portal.myInvoices())
        .extracting(PortalInvoices.PortalInvoice::status)
        .containsExactlyInAnyOrder(InvoiceStatus.PAID, InvoiceStatus.SENT, InvoiceStatus.OVERDUE);
    assertThat(portal.openCount()).isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mailbox.mailsTo(DemoData.CLIENT_A_EMAIL).stream()
                    .anyMatch(m -> m.mail().subject().startsWith("Payment received")));
  }
}
