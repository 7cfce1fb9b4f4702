package dev.portico.payment;

import com.stripe.exception.IdempotencyException;
import com.stripe.exception.StripeException;
import com.stripe.param.checkout.SessionCreateParams;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoicePayments;
import dev.portico.invoice.InvoicePayments.PayableInvoice;
import dev.portico.invoice.PortalInvoices;
import dev.portico.payment.CheckoutSession.UiMode;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalLinks;
import dev.portico.workspace.WorkspaceSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A client pays an invoice online with Stripe Checkout: embedded on Portico's invoice page, or on
 * Stripe's hosted page as a fallback. Starting a checkout never marks anything paid; only the
 * verified webhook ({@link StripeWebhooks}) records the payment.
 *
 * <p>Each Checkout Session is an attempt of the invoice. A still-open session of the same amount
 * and mode is reused; otherwise the next attempt starts (and the previous open one is expired at
 * Stripe, so it cannot be paid as well). The idempotency key is made of the invoice id and the
 * attempt, so a request retried after a failure never creates a second session.
 */
@Service
public class InvoiceCheckout {

  /**
   * What the client's browser needs to show the checkout.
   *
   * @param publishableKey for Stripe.js
   * @param clientSecret for embedded Checkout ({@code initEmbeddedCheckout}); null for hosted
   * @param url Stripe's hosted payment page to redirect to (303); null for embedded
   * @param sessionId the Checkout Session's id ({@code cs_…})
   */
  public record Checkout(
      String publishableKey, String clientSecret, String url, String sessionId) {}

  /** How far a checkout got, as far as Portico knows. */
  public enum CheckoutStatus {
    /** The money arrived (the invoice is marked paid by the webhook, not by this status). */
    PAID,
    /** Paid with a delayed method (e.g. a bank debit): the money is on its way. */
    PROCESSING,
    /** The delayed payment failed: the invoice is still open. */
    FAILED,
    /** Not paid yet: the client can still pay on this session. */
    OPEN,
    /** The session ended unpaid: a new checkout is needed. */
    EXPIRED
  }

  private static final Logger log = LoggerFactory.getLogger(InvoiceCheckout.class);

  /** The placeholder Stripe replaces with the session id in return and success URLs. */
  static final String SESSION_ID_PLACEHOLDER = "{CHECKOUT_SESSION_ID}";

  /** How many attempts in a row may turn out to have been used before (lost writes). */
  private static final int MAX_LOST_ATTEMPTS = 3;

  private final StripeSettings settings;
  private final StripeGateway stripe;
  private final CheckoutLedger ledger;
  private final InvoicePayments payments;
  private final PortalInvoices portalInvoices;
  private final InvoiceBilling billing;
  private final WorkspaceSettings workspaces;
  private final PortalLinks links;
  private final CurrentUser currentUser;

  InvoiceCheckout(
      StripeSettings settings,
      StripeGateway stripe,
      CheckoutLedger ledger,
      InvoicePayments payments,
      PortalInvoices portalInvoices,
      InvoiceBilling billing,
      WorkspaceSettings workspaces,
      PortalLinks links,
      CurrentUser currentUser) {
    this.settings = settings;
    this.stripe = stripe;
    this.ledger = ledger;
    this.payments = payments;
    this.portalInvoices = portalInvoices;
    this.billing = billing;
    this.workspaces = workspaces;
    this.links = links;
    this.currentUser = currentUser;
  }

  /** Online payment is possible: Stripe's secret and publishable keys are set. */
  public boolean available() {
    return settings.configured();
  }

  /** What to tell a client when online payment is not set up, naming its agency if known. */
  public String notConfiguredMessage() {
    String who = currentUser.get().map(me -> agency(me.workspaceId())).orElse("your agency");
    return "Online payment is not set up for this portal yet. Pay by bank transfer using the"
        + " details on the invoice, or ask "
        + who
        + " for help.";
  }

  /**
   * Starts (or resumes) paying an invoice of the client's own company that is open now.
   *
   * @param embedded true: embedded Checkout on the invoice page ({@link Checkout#clientSecret});
   *     false: Stripe's hosted page ({@link Checkout#url})
   * @throws NotFoundException for any invoice the client cannot pay (another company's, a draft,
   *     paid, void, unknown)
   * @throws IllegalStateException when online payment is not set up ({@link
   *     #notConfiguredMessage()}) or Stripe cannot be reached; the message can be shown as it is
   * @throws ValidationException when a payment of the invoice is already under way
   */
  @PreAuthorize("hasRole('CLIENT')")
  @ClientAction
  public Checkout start(UUID invoiceId, boolean embedded) {
    SessionUser me = currentUser.require();
    PayableInvoice invoice =
        payments
            .payableForCurrentClient(invoiceId)
            .orElseThrow(() -> new NotFoundException("Invoice"));
    if (!available()) {
      throw new IllegalStateException(notConfiguredMessage());
    }
    if (ledger.processing(invoiceId)) {
      throw underWay(invoice);
    }
    UiMode mode = embedded ? UiMode.EMBEDDED : UiMode.HOSTED;
    Optional<CheckoutSession> latest = ledger.latest(invoiceId);
    if (latest.isPresent() && latest.get().getStatus() == CheckoutStatus.OPEN) {
      CheckoutSession previous = latest.get();
      Optional<Checkout> reused = reuse(previous, invoice, mode, me);
      if (reused.isPresent()) {
        return reused.get();
      }
    }
    Created created = createFrom(latest.map(s -> s.getAttempt() + 1).orElse(1), invoice, mode);
    ledger.record(invoice, created.attempt(), mode, created.session().id(), me.accountId());
    log.info(
        "Invoice {}: checkout attempt {} ({}), session {}",
        invoiceId,
        created.attempt(),
        mode,
        created.session().id());
    return checkout(created.session());
  }

  /**
   * The checkout's status when the client comes back from it (the return page): asks Stripe and
   * stores what it says. Does not mark the invoice paid; the webhook does.
   *
   * @throws NotFoundException unless {@code sessionId} is a checkout Portico recorded for this
   *     client's own company's invoice {@code invoiceId}
   */
  // A read for view-as: it only brings Portico's record in line with what Stripe says about a
  // checkout the contact began themselves; it decides nothing in the contact's name.
  @PreAuthorize("hasRole('CLIENT')")
  @ClientRead
  public CheckoutStatus status(UUID invoiceId, String sessionId) {
    SessionUser me = currentUser.require();
    portalInvoices.invoice(invoiceId); // the client's own company's invoice, else not found
    CheckoutSession recorded =
        Optional.ofNullable(sessionId)
            .flatMap(ledger::session)
            .filter(
                s ->
                    s.getInvoiceId().equals(invoiceId)
                        && s.getWorkspaceId().equals(me.workspaceId()))
            .orElseThrow(() -> new NotFoundException("Checkout"));
    if (!available()) {
      return recorded.getStatus();
    }
    StripeSession session;
    try {
      session = stripe.retrieve(sessionId);
    } catch (StripeException e) {
      log.warn("Checkout {}: Stripe did not answer: {}", sessionId, e.getMessage());
      return recorded.getStatus();
    }
    return ledger.moveTo(sessionId, session.checkoutStatus()).orElse(recorded.getStatus());
  }

  /**
   * Whether a delayed payment of the invoice is under way (e.g. a bank debit Stripe has not
   * confirmed yet). A client asks about its own company's invoices, staff about their workspace's.
   *
   * @throws NotFoundException for an invoice the signed-in person cannot see
   */
  @PreAuthorize("hasAnyRole('CLIENT','STAFF','OWNER')")
  @ClientRead
  public boolean processing(UUID invoiceId) {
    SessionUser me = currentUser.require();
    if (me.isClient()) {
      portalInvoices.invoice(invoiceId);
    } else {
      billing.detail(invoiceId);
    }
    return ledger.processing(invoiceId);
  }

  /** The open session again, if Stripe says it is still open and it charges the same. */
  private Optional<Checkout> reuse(
      CheckoutSession previous, PayableInvoice invoice, UiMode mode, SessionUser me) {
    boolean same =
        previous.getAmountMinor() == invoice.openAmountMinor()
            && previous.getCurrency().equalsIgnoreCase(invoice.currency())
            && previous.getUiMode() == mode
            && previous.getCreatedBy().equals(me.accountId());
    StripeSession session;
    try {
      session = stripe.retrieve(previous.getStripeSessionId());
    } catch (StripeException e) {
      throw unavailable(e);
    }
    CheckoutStatus status = session.checkoutStatus();
    if (status != CheckoutStatus.OPEN) {
      ledger.moveTo(previous.getStripeSessionId(), status);
      if (status == CheckoutStatus.PAID || status == CheckoutStatus.PROCESSING) {
        throw underWay(invoice);
      }
      return Optional.empty();
    }
    boolean usable =
        mode == UiMode.EMBEDDED ? session.clientSecret() != null : session.url() != null;
    if (same && usable) {
      return Optional.of(checkout(session));
    }
    // Something changed (amount, mode, who pays): the old session must not be paid as well.
    try {
      ledger.moveTo(stripe.expire(previous.getStripeSessionId()).id(), CheckoutStatus.EXPIRED);
    } catch (StripeException e) {
      log.warn(
          "Checkout {} could not be expired: {}", previous.getStripeSessionId(), e.getMessage());
    }
    return Optional.empty();
  }

  private record Created(int attempt, StripeSession session) {}

  /**
   * A new session, as attempt {@code first} or, if that attempt's key was used before for a session
   * Portico never recorded (its write lost after Stripe answered) with other parameters, the next:
   * such a session was never shown to anyone.
   */
  private Created createFrom(int first, PayableInvoice invoice, UiMode mode) {
    for (int attempt = first; ; attempt++) {
      try {
        return new Created(attempt, create(invoice, attempt, mode));
      } catch (IdempotencyException e) {
        if (attempt - first + 1 >= MAX_LOST_ATTEMPTS) {
          throw unavailable(e);
        }
        log.warn("Invoice {}: checkout attempt {} was used before", invoice.invoiceId(), attempt);
      }
    }
  }

  private StripeSession create(PayableInvoice invoice, int attempt, UiMode mode)
      throws IdempotencyException {
    String page = links.toPortal(invoice.workspaceId(), "/portal/billing/" + invoice.invoiceId());
    String back = page + "?checkout=" + SESSION_ID_PLACEHOLDER;
    Map<String, String> metadata =
        Map.of(
            StripeSession.INVOICE_ID, invoice.invoiceId().toString(),
            StripeSession.WORKSPACE_ID, invoice.workspaceId().toString(),
            StripeSession.ATTEMPT, Integer.toString(attempt));
    SessionCreateParams.Builder params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(invoice.currency().toLowerCase(Locale.ROOT))
                            .setUnitAmount(invoice.openAmountMinor())
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName("Invoice " + invoice.number())
                                    .build())
                            .build())
                    .build())
            .setCustomerEmail(invoice.clientEmail())
            .setClientReferenceId(invoice.invoiceId().toString())
            .putAllMetadata(metadata)
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder().putAllMetadata(metadata).build());
    if (mode == UiMode.EMBEDDED) {
      params.setUiMode(SessionCreateParams.UiMode.EMBEDDED).setReturnUrl(back);
    } else {
      params
          .setUiMode(SessionCreateParams.UiMode.HOSTED)
          .setSuccessUrl(back)
          .setCancelUrl(page + "?checkout=cancelled");
    }
    try {
      return stripe.create(params.build(), idempotencyKey(invoice.invoiceId(), attempt));
    } catch (IdempotencyException e) {
      throw e;
    } catch (StripeException e) {
      throw unavailable(e);
    }
  }

  /** One key per invoice and attempt: Stripe answers a repeated request with the same session. */
  static String idempotencyKey(UUID invoiceId, int attempt) {
    return "portico-checkout-" + invoiceId + "-" + attempt;
  }

  private Checkout checkout(StripeSession session) {
    return new Checkout(
        settings.publishableKey(), session.clientSecret(), session.url(), session.id());
  }

  private String agency(UUID workspaceId) {
    Branding brand = workspaces.policyOf(workspaceId).branding();
    return brand.supportEmail() == null
        ? brand.agencyName()
        : brand.agencyName() + " (" + brand.supportEmail() + ")";
  }

  private static ValidationException underWay(PayableInvoice invoice) {
    return new ValidationException(
        "A payment of invoice "
            + invoice.number()
            + " is already under way. It shows here as paid once it has arrived.");
  }

  private static IllegalStateException unavailable(StripeException e) {
    log.warn("Stripe refused or did not answer: {}", e.getMessage());
    return new IllegalStateException(
        "Online payment is not available right now. Please try again in a few minutes, or pay"
            + " by bank transfer using the details on the invoice.",
        e);
  }
}
