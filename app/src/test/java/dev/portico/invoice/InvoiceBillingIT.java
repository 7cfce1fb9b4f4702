package dev.portico.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.processes.InvoiceDunningProcess;
import dev.portico.project.ProjectFacts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.Pages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff billing against real PostgreSQL (locking triggers, counter row locks) and the engine. */
@IntegrationTest
class InvoiceBillingIT {

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portal;
  @Autowired InvoiceDocuments documents;
  @Autowired ClientDirectory clients;
  @Autowired InvoiceNumbers numbers;
  @Autowired InvoiceSettings settings;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  /** 2 × 600.00 + 49.90, both at 20 % tax: EUR 1,499.88. */
  private InvoiceForm form() {
    LocalDate today = LocalDate.now(clock);
    return new InvoiceForm(
        "EUR",
        today,
        today.plusDays(14),
        "Thank you for your business.",
        List.of(
            new InvoiceForm.Line("Design workshop", d("2"), d("600.00"), d("20")),
            new InvoiceForm.Line("Hosting", d("1"), d("49.90"), d("20"))));
  }

  @Test
  void sendingAssignsGapFreeNumbersPerWorkspaceAndStartsTheChase() {
    Agency a = fixtures.agency("N");
    Agency b = fixtures.agency("O");
    Fixtures.signIn(a.staff());
    UUID first = billing.createDraft(a.client1(), a.project1(), form());
    UUID second = billing.createDraft(a.client1(), null, form());

    InvoiceDetail draft = billing.detail(first);
    assertThat(draft.number()).isNull();
    assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(draft.projectName()).isEqualTo("Project N1");
    assertThat(draft.lines())
        .extracting(InvoiceDetail.Line::description, InvoiceDetail.Line::totalMinor)
        .containsExactly(tuple("Design workshop", 144000L), tuple("Hosting", 5988L));
    assertThat(draft.totalMinor()).isEqualTo(149988);
    assertThat(Amounts.format(draft.totalMinor(), draft.currency())).isEqualTo("EUR 1,499.88");

    assertThat(billing.send(second)).isEqualTo("INV-0001");
    assertThat(billing.send(first)).isEqualTo("INV-0002");
    Fixtures.signIn(b.staff());
    assertThat(billing.send(billing.createDraft(b.client1(), null, form())))
        .as("numbers count per workspace")
        .isEqualTo("INV-0001");

    Fixtures.signIn(a.staff());
    InvoiceDetail sent = billing.detail(first);
    assertThat(sent.status()).isEqualTo(InvoiceStatus.SENT);
    assertThat(sent.openMinor()).isEqualTo(149988);
    assertThat(sent.dueAt())
        .as("overdue from the start of the day after the due date (workspace without zone: UTC)")
        .isEqualTo(LocalDate.now(clock).plusDays(15).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(sent.reminderOffsets()).containsExactly("P3D", "P7D", "P14D");
    assertThat(sent.history()).extracting(AuditTrail.Entry::action).contains("Invoice sent");
    assertThat(
            jdbc.sql(
                    "select count(*) from engine_command where kind = 'CREATE_INSTANCE'"
                        + " and process_id = ? and business_key = ?")
                .params(InvoiceDunningProcess.ID, first.toString())
                .query(Integer.class)
                .single())
        .as("the dunning flow starts in the sending transaction")
        .isEqualTo(1);
    assertThat(billing.list(InvoiceStatus.SENT))
        .extracting(InvoiceRow::number)
        .containsExactlyInAnyOrder("INV-0001", "INV-0002");
    assertThat(billing.listForClient(a.client1())).hasSize(2);
    assertThat(billing.listForClient(a.client2())).isEmpty();
    assertThat(billing.projectsOf(a.client1()))
        .as("an invoice may belong to one of the client's own projects")
        .extracting(ProjectFacts.Facts::name)
        .containsExactly("Project N1");
    assertThatThrownBy(() -> billing.projectsOf(b.client1())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theStaffListPagesSortsAndFiltersInTheDatabaseWithinOneWorkspace() {
    Agency a = fixtures.agency("G");
    Agency b = fixtures.agency("H");
    Fixtures.signIn(b.staff());
    UUID elsewhere = billing.createDraft(b.client1(), b.project1(), form());
    Fixtures.signIn(a.staff());
    // 55 drafts, one a millisecond after the other, with issue and due dates that cross over
    LocalDate today = LocalDate.now(clock);
    List<UUID> created = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      clock.advance(Duration.ofMillis(1));
      LocalDate issued = today.minusDays(i % 7);
      created.add(
          billing.createDraft(
              i % 2 == 0 ? a.client1() : a.client2(),
              i % 2 == 0 ? a.project1() : null,
              new InvoiceForm(
                  "EUR",
                  issued,
                  issued.plusDays(5 + (i * 11) % 17),
                  null,
                  List.of(new InvoiceForm.Line("Work " + i, d("1"), d("10." + i % 10), d("0"))))));
    }
    String first = billing.send(created.get(0));
    String second = billing.send(created.get(1));
    billing.recordManualPayment(created.get(0), d("4.00"), today, null);

    assertThat(billing.count(null)).isEqualTo(55);
    assertThat(billing.count(InvoiceStatus.DRAFT)).isEqualTo(53);
    assertThat(billing.count(InvoiceStatus.SENT)).isEqualTo(2);
    assertThat(billing.count(InvoiceStatus.PAID)).isZero();

    // Newest first by default, 20 at a time: each invoice once.
    List<InvoiceRow> newest = Pages.all(20, Sort.unsorted(), p -> billing.page(null, p));
    assertThat(newest).extracting(InvoiceRow::id).containsExactlyElementsOf(created.reversed());
    assertThat(
            Pages.all(
                20,
                Sort.by(Sort.Direction.ASC, InvoiceBilling.SORT_CREATED),
                p -> billing.page(null, p)))
        .extracting(InvoiceRow::id)
        .containsExactlyElementsOf(created);
    assertThat(billing.list(null)).containsExactlyElementsOf(newest);

    // What a row shows, from the joins: client, project, what is still open.
    assertThat(newest)
        .filteredOn(r -> r.id().equals(created.get(0)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.number()).isEqualTo(first);
              assertThat(r.clientName()).isEqualTo("Client G1");
              assertThat(r.projectName()).isEqualTo("Project G1");
              assertThat(r.totalMinor()).isEqualTo(1000);
              assertThat(r.openMinor()).isEqualTo(600);
              assertThat(r.needsReview()).isFalse();
            });
    assertThat(newest)
        .filteredOn(r -> r.id().equals(created.get(1)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.clientName()).isEqualTo("Client G2");
              assertThat(r.projectName()).isNull();
              assertThat(r.openMinor()).isEqualTo(1010);
            });

    // Each sortable column, both ways: the pages follow it and still hold every invoice once.
    for (String property :
        List.of(InvoiceBilling.SORT_CLIENT, InvoiceBilling.SORT_ISSUED, InvoiceBilling.SORT_DUE)) {
      Function<InvoiceRow, String> key =
          switch (property) {
            case InvoiceBilling.SORT_CLIENT -> InvoiceRow::clientName;
            case InvoiceBilling.SORT_ISSUED -> r -> r.issueDate().toString();
            default -> r -> r.dueDate().toString();
          };
      for (Sort.Direction direction : Sort.Direction.values()) {
        List<InvoiceRow> rows =
            Pages.all(20, Sort.by(direction, property), p -> billing.page(null, p));
        assertThat(rows)
            .as(property + " " + direction)
            .extracting(InvoiceRow::id)
            .containsExactlyInAnyOrderElementsOf(created);
        assertThat(rows.stream().map(key).toList())
            .as(property + " " + direction)
            .isSortedAccordingTo(
                direction.isAscending()
                    ? Comparator.<String>naturalOrder()
                    : Comparator.<String>reverseOrder());
      }
    }

    // The status filter applies before paging.
    assertThat(billing.page(InvoiceStatus.SENT, PageRequest.of(0, 20)))
        .extracting(InvoiceRow::number)
        .containsExactly(second, first);
    assertThat(Pages.all(20, Sort.unsorted(), p -> billing.page(InvoiceStatus.DRAFT, p)))
        .hasSize(53)
        .extracting(InvoiceRow::status)
        .containsOnly(InvoiceStatus.DRAFT);
    assertThat(billing.listForClient(a.client2()))
        .hasSize(27)
        .extracting(InvoiceRow::clientName)
        .containsOnly("Client G2");

    // Only the sortable columns; nothing of another workspace, in any page or count.
    assertThatThrownBy(() -> billing.page(null, PageRequest.of(0, 20, Sort.by("totalMinor"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(newest).extracting(InvoiceRow::id).doesNotContain(elsewhere);
    Fixtures.signIn(b.staff());
    assertThat(billing.count(null)).isEqualTo(1);
    assertThat(billing.count(InvoiceStatus.SENT)).isZero();
    assertThat(billing.page(null, PageRequest.of(0, 20, Sort.by(InvoiceBilling.SORT_CLIENT))))
        .extracting(InvoiceRow::id)
        .containsExactly(elsewhere);
    assertThat(billing.page(InvoiceStatus.SENT, PageRequest.of(0, 20))).isEmpty();
  }

  @Test
  void ownersSetTheZoneRemindersAndDefaultsThatNewInvoicesFollow() {
    Agency a = fixtures.agency("T");
    Fixtures.signIn(a.owner());
    for (var wrong :
        List.of(
            new InvoiceSettings.BillingSettings("Mars/Olympus", List.of(), "EUR", d("0"), 14),
            new InvoiceSettings.BillingSettings(null, List.of("P7D", "P3D"), "EUR", d("0"), 14),
            new InvoiceSettings.BillingSettings(null, List.of("3 days"), "EUR", d("0"), 14),
            new InvoiceSettings.BillingSettings(null, List.of(), "XAU", d("0"), 14),
            new InvoiceSettings.BillingSettings(null, List.of(), "EUR", d("101"), 14))) {
      assertThatThrownBy(() -> settings.update(wrong)).isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(
            () ->
                settings.update(
                    new InvoiceSettings.BillingSettings(
                        null, List.of("P7D", "P3D"), "EUR", d("0"), 14)))
        .hasMessageContaining("Each reminder comes later than the one before");
    settings.update(
        new InvoiceSettings.BillingSettings(
            "Europe/Berlin", List.of("p1d", "PT36H", "P10D"), "CHF", d("7.7"), 30));

    Fixtures.signIn(a.staff());
    assertThat(settings.current().reminderOffsets()).containsExactly("P1D", "PT36H", "P10D");
    InvoiceForm defaults = billing.draftDefaults();
    assertThat(defaults.currency()).isEqualTo("CHF");
    assertThat(defaults.dueDate()).isEqualTo(defaults.issueDate().plusDays(30));
    assertThat(defaults.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.taxRate()).isEqualByComparingTo("7.7"));

    UUID id =
        billing.createDraft(
            a.client1(),
            null,
            new InvoiceForm(
                defaults.currency(),
                defaults.issueDate(),
                defaults.dueDate(),
                null,
                List.of(new InvoiceForm.Line("Retainer", d("1"), d("2000"), d("7.7")))));
    billing.send(id);
    InvoiceDetail sent = billing.detail(id);
    assertThat(sent.dueAt())
        .as("the day after the due date starts in Berlin")
        .isEqualTo(sent.dueDate().plusDays(1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
    assertThat(sent.reminderOffsets()).containsExactly("P1D", "PT36H", "P10D");
    assertThat(Amounts.format(sent.totalMinor(), sent.currency())).isEqualTo("CHF 2,154.00");
  }

  @Test
  void concurrentSendsGetDistinctNumbersWithoutGaps() throws Exception {
    Agency a = fixtures.agency("Q");
    Fixtures.signIn(a.staff());
    List<UUID> drafts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      drafts.add(billing.createDraft(a.client1(), null, form()));
    }
    Fixtures.signOut();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> sends = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(drafts.size())) {
      for (UUID id : drafts) {
        Callable<String> send =
            () -> {
              start.await();
              Fixtures.signIn(a.staff());
              try {
                return billing.send(id);
              } finally {
                Fixtures.signOut();
              }
            };
        sends.add(pool.submit(send));
      }
      start.countDown();
      List<String> assigned = new ArrayList<>();
      for (Future<String> f : sends) {
        assigned.add(f.get());
      }
      assertThat(assigned)
          .containsExactlyInAnyOrder(
              "INV-0001",
              "INV-0002",
              "INV-0003",
              "INV-0004",
              "INV-0005",
              "INV-0006",
              "INV-0007",
              "INV-0008");
    }

    // A send that rolls back after taking a number gives it back.
    tx.executeWithoutResult(
        status -> {
          assertThat(numbers.next(a.workspaceId())).isEqualTo("INV-0009");
          status.setRollbackOnly();
        });
    Fixtures.signIn(a.staff());
    assertThat(billing.send(billing.createDraft(a.client1(), null, form()))).isEqualTo("INV-0009");
  }

  @Test
  void aSentInvoiceIsLockedForServicesAndInTheDatabase() {
    Agency a = fixtures.agency("S");
    Fixtures.signIn(a.staff());
    UUID id = billing.createDraft(a.client1(), null, form());
    billing.updateDraft(
        id,
        a.project1(),
        new InvoiceForm(
            "EUR",
            LocalDate.now(clock),
            LocalDate.now(clock).plusDays(30),
            null,
            List.of(new InvoiceForm.Line("Strategy day", d("1"), d("1500"), d("0")))));
    assertThat(billing.detail(id).toForm().lines())
        .singleElement()
        .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("1500.00"));
    billing.send(id);

    assertThatThrownBy(() -> billing.updateDraft(id, null, form()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sent and locked");
    assertThatThrownBy(() -> billing.deleteDraft(id))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sent and locked");
    for (String sql :
        List.of(
            "update invoice set total_minor = 1, net_minor = 1, tax_minor = 0 where id = ?",
            "update invoice set currency = 'USD' where id = ?",
            "update invoice set due_date = due_date + 30 where id = ?",
            "update invoice set client_id = (select id from client where name = 'Client S2'"
                + " and workspace_id = invoice.workspace_id) where id = ?",
            "update invoice set status = 'DRAFT', number = null where id = ?",
            "update invoice_line set unit_price_minor = 1 where invoice_id = ?",
            "insert into invoice_line (id, workspace_id, invoice_id, position, description,"
                + " quantity, unit_price_minor, tax_rate, net_minor, tax_minor)"
                + " select gen_random_uuid(), workspace_id, id, 9, 'Extra', 1, 100, 0, 100, 0"
                + " from invoice where id = ?",
            "delete from invoice_line where invoice_id = ?",
            "delete from invoice where id = ?")) {
      assertThatThrownBy(() -> jdbc.sql(sql).param(id).update())
          .as(sql)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("locked");
    }
    assertThat(billing.detail(id).totalMinor()).isEqualTo(150000);

    billing.recordManualPayment(id, d("100"), LocalDate.now(clock), "BANK-1");
    assertThatThrownBy(
            () ->
                jdbc.sql("update invoice_payment set amount_minor = 1 where invoice_id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot be changed");
    assertThatThrownBy(
            () -> jdbc.sql("delete from invoice_payment where invoice_id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot be changed");
  }

  @Test
  void draftsAreCheckedWithMessagesStaffUnderstand() {
    Agency a = fixtures.agency("V");
    Fixtures.signIn(a.staff());
    LocalDate today = LocalDate.now(clock);
    assertThatThrownBy(
            () ->
                billing.createDraft(
                    a.client1(),
                    null,
                    new InvoiceForm(
                        "XYZ",
                        today,
                        today.minusDays(1),
                        "x".repeat(2001),
                        List.of(
                            new InvoiceForm.Line("", d("1"), d("10"), d("0")),
                            new InvoiceForm.Line("Copy", d("-2"), d("-1"), null)))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("XYZ is not one of the invoice currencies")
        .hasMessageContaining("The due date cannot be before the issue date.")
        .hasMessageContaining("The note to the client has at most 2000 characters.")
        .hasMessageContaining("Line 1: enter a description.")
        .hasMessageContaining("Line 2: the quantity must be more than 0.")
        .hasMessageContaining("Line 2: the unit price cannot be negative.")
        .hasMessageContaining("Line 2: enter a tax rate (0 for none).");
    assertThatThrownBy(
            () ->
                billing.createDraft(
                    a.client1(), null, new InvoiceForm("EUR", today, today, null, List.of())))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Add at least one line.");
    assertThatThrownBy(() -> billing.createDraft(a.client1(), a.project2(), form()))
        .as("Project A2 is client 2's")
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is another client's");

    UUID late =
        billing.createDraft(
            a.client1(),
            null,
            new InvoiceForm(
                "EUR",
                today.minusDays(20),
                today.minusDays(1),
                null,
                List.of(new InvoiceForm.Line("Late work", d("1"), d("10"), d("0")))));
    assertThatThrownBy(() -> billing.send(late))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("The due date has passed");

    UUID lonely = clients.create(new ClientForm("Nobody Ltd " + UUID.randomUUID(), null, null));
    UUID toNobody = billing.createDraft(lonely, null, form());
    assertThatThrownBy(() -> billing.send(toNobody))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("has no contact to send the invoice to");
    assertThat(billing.detail(toNobody).number()).as("no number was used up").isNull();

    UUID yen =
        billing.createDraft(
            a.client1(),
            null,
            new InvoiceForm(
                "JPY",
                today,
                today,
                null,
                List.of(new InvoiceForm.Line("Translation", d("1.5"), d("3333"), d("10")))));
    assertThat(billing.detail(yen).totalMinor()).as("5000 yen + 500 tax").isEqualTo(5500);
  }

  @Test
  void voidingStopsTheInvoiceAndTellsTheClientWhoReceivedIt() {
    Agency a = fixtures.agency("W");
    Fixtures.signIn(a.staff());
    UUID draft = billing.createDraft(a.client1(), null, form());
    assertThatThrownBy(() -> billing.voidInvoice(draft, "Oops"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("delete it instead");
    UUID id = billing.createDraft(a.client1(), null, form());
    String number = billing.send(id);
    assertThatThrownBy(() -> billing.voidInvoice(id, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Say why the invoice is void.");

    billing.voidInvoice(id, "Billed to the wrong company");

    InvoiceDetail voided = billing.detail(id);
    assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.openMinor()).isZero();
    assertThat(voided.voidReason()).isEqualTo("Billed to the wrong company");
    assertThat(
            jdbc.sql("select count(*) from engine_command where message_id = ?")
                .param(InvoiceDunningProcess.MSG_INVOICE_VOIDED + ":" + id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThatThrownBy(() -> billing.voidInvoice(id, "Again"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("void already");
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("10"), LocalDate.now(clock), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(number + " is void");

    Fixtures.signIn(a.clientOf1());
    var seen = portal.invoice(id);
    assertThat(seen.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(seen.payable()).isFalse();
    assertThat(seen.toString()).doesNotContain("wrong company");
  }

  @Test
  void manualPaymentsPayPartlyThenInFull() {
    Agency a = fixtures.agency("Y");
    Fixtures.signIn(a.staff());
    UUID id = billing.createDraft(a.client1(), null, form());
    billing.send(id);
    LocalDate today = LocalDate.now(clock);

    PaymentOutcome part = billing.recordManualPayment(id, d("500"), today, "TRX-1");
    assertThat(part.result()).isEqualTo(PaymentOutcome.Result.PARTIALLY_PAID);
    assertThat(part.openAmountMinor()).isEqualTo(99988);
    assertThat(billing.detail(id).status()).isEqualTo(InvoiceStatus.SENT);
    assertThat(billing.detail(id).openMinor()).isEqualTo(99988);

    assertThatThrownBy(() -> billing.recordManualPayment(id, d("1000"), today, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("That is more than the open amount of EUR 999.88.");
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("10"), today.plusDays(1), null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The payment date cannot be in the future.");
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("10"), today, "TRX-1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("TRX-1 is recorded already");
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("0"), today, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Enter an amount more than 0.");
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("0.001"), today, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EUR amounts have at most 2 decimals.");

    PaymentOutcome rest = billing.recordManualPayment(id, d("999.88"), today.minusDays(1), null);
    assertThat(rest.result()).isEqualTo(PaymentOutcome.Result.PAID);
    InvoiceDetail paid = billing.detail(id);
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.paidMinor()).isEqualTo(149988);
    assertThat(paid.openMinor()).isZero();
    assertThat(paid.payments())
        .extracting(InvoiceDetail.PaymentRow::amountMinor, InvoiceDetail.PaymentRow::recordedBy)
        .containsExactlyInAnyOrder(tuple(50000L, "Staff Y"), tuple(99988L, "Staff Y"));
    assertThat(
            jdbc.sql("select count(*) from engine_command where message_id = ?")
                .param(InvoiceDunningProcess.MSG_INVOICE_PAID + ":" + id)
                .query(Integer.class)
                .single())
        .as("invoice-paid goes to the engine in the paying transaction")
        .isEqualTo(1);
    assertThatThrownBy(() -> billing.recordManualPayment(id, d("1"), today, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("paid in full already");
  }

  @Test
  void anotherWorkspacesOrCompanysInvoiceIsNotFound() {
    Agency a = fixtures.agency("Z");
    Agency b = fixtures.agency("X");
    Fixtures.signIn(a.staff());
    UUID draft = billing.createDraft(a.client1(), null, form());
    UUID sent = billing.createDraft(a.client1(), null, form());
    billing.send(sent);
    assertThatThrownBy(() -> billing.createDraft(a.client1(), b.project1(), form()))
        .as("a project of another workspace")
        .isInstanceOf(NotFoundException.class);

    Fixtures.signIn(b.staff());
    assertThatThrownBy(() -> billing.detail(sent)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.send(draft)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.updateDraft(draft, null, form()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.deleteDraft(draft)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.voidInvoice(sent, "x")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.recordManualPayment(sent, d("1"), LocalDate.now(clock), null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.createDraft(a.client1(), null, form()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> billing.listForClient(a.client1()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> documents.pdf(sent)).isInstanceOf(NotFoundException.class);
    assertThat(billing.list(null)).extracting(InvoiceRow::id).doesNotContain(sent, draft);

    Fixtures.signIn(a.clientOf2());
    assertThatThrownBy(() -> portal.invoice(sent)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> documents.pdf(sent)).isInstanceOf(NotFoundException.class);
    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> portal.invoice(draft))
        .as("drafts stay internal")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> documents.pdf(draft)).isInstanceOf(NotFoundException.class);
    assertThat(portal.invoice(sent).number()).isEqualTo("INV-0001");
  }

  @Test
  void draftsCanBeDeletedAndPreviewedAsPdfStampedDraft() throws Exception {
    Agency a = fixtures.agency("U");
    Fixtures.signIn(a.staff());
    UUID id = billing.createDraft(a.client1(), null, form());
    var preview = documents.pdf(id);
    assertThat(preview.fileName()).isEqualTo("draft-invoice.pdf");
    assertThat(InvoicePdfTest.text(preview.content()))
        .contains("DRAFT", "Client U1", "EUR 1,499.88");
    billing.deleteDraft(id);
    assertThatThrownBy(() -> billing.detail(id)).isInstanceOf(NotFoundException.class);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
