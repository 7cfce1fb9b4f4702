package dev.portico.invoice;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Workspace;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import dev.portico.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's billing settings: time zone (when a due date ends), when reminders go out, and
 * what a new invoice starts with. Staff read them; owners change them. An invoice keeps the
 * reminder plan it was sent with.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceSettings {

  static final int MAX_REMINDERS = 10;

  /**
   * @param timeZone e.g. {@code Europe/Berlin}; null for UTC
   * @param reminderOffsets ISO durations after the due moment, each later than the one before (e.g.
   *     P3D, P7D, P14D); empty: escalate as soon as an invoice is overdue
   * @param currency a new invoice's currency (one of {@link Amounts#CURRENCIES})
   * @param taxRate a new line's tax rate, percent
   * @param paymentDays days from issue to due date of a new invoice
   */
  public record BillingSettings(
      String timeZone,
      List<String> reminderOffsets,
      String currency,
      BigDecimal taxRate,
      int paymentDays) {}

  private final Workspaces workspaces;
  private final WorkspaceSettings settings;
  private final AuditTrail audit;
  private final CurrentUser currentUser;

  InvoiceSettings(
      Workspaces workspaces,
      WorkspaceSettings settings,
      AuditTrail audit,
      CurrentUser currentUser) {
    this.workspaces = workspaces;
    this.settings = settings;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  @PreAuthorize("hasRole('STAFF')")
  public BillingSettings current() {
    SessionUser me = currentUser.require();
    WorkspacePolicy policy = settings.policyOf(me.workspaceId());
    Workspace w = own(me);
    return new BillingSettings(
        w.getTimeZone(),
        policy.dunningReminderOffsets(),
        policy.invoiceCurrency(),
        policy.invoiceTaxRate(),
        policy.invoicePaymentDays());
  }

  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void update(BillingSettings billing) {
    SessionUser me = currentUser.require();
    String zone = DraftRules.blankToNull(billing.timeZone());
    if (zone != null) {
      try {
        zone = ZoneId.of(zone).getId();
      } catch (DateTimeException e) {
        throw new ValidationException(
            zone + " is not a time zone. Use a name like Europe/Berlin, or none for UTC.");
      }
    }
    List<String> offsets = reminderOffsets(billing.reminderOffsets());
    String currency = billing.currency() == null ? null : billing.currency().trim().toUpperCase();
    Amounts.requireSupported(currency);
    BigDecimal rate = billing.taxRate();
    if (rate == null
        || rate.signum() < 0
        || rate.compareTo(Amounts.HUNDRED) > 0
        || rate.stripTrailingZeros().scale() > 2) {
      throw new ValidationException("The tax rate is 0 to 100 %, with at most 2 decimals.");
    }
    if (billing.paymentDays() < 0 || billing.paymentDays() > 365) {
      throw new ValidationException("Payment terms are 0 to 365 days.");
    }
    own(me).bill(zone, String.join(",", offsets), currency, rate, billing.paymentDays());
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Billing settings changed",
        me.workspaceId(),
        "Zone "
            + (zone == null ? "UTC" : zone)
            + ", reminders "
            + (offsets.isEmpty() ? "none" : String.join(", ", offsets))
            + ", "
            + currency
            + ", tax "
            + rate.stripTrailingZeros().toPlainString()
            + " %, "
            + billing.paymentDays()
            + " days to pay");
  }

  /** Durations such as P3D or PT12H, positive, each later than the one before. */
  static List<String> reminderOffsets(List<String> given) {
    List<String> offsets = new ArrayList<>();
    Duration last = Duration.ZERO;
    for (String raw : given == null ? List.<String>of() : given) {
      String offset = raw == null ? "" : raw.trim().toUpperCase();
      Duration d;
      try {
        d = Duration.parse(offset);
      } catch (DateTimeParseException e) {
        throw new ValidationException(
            "\"" + offset + "\" is not a duration such as P3D (3 days) or PT12H (12 hours).");
      }
      if (d.compareTo(last) <= 0) {
        throw new ValidationException(
            "Each reminder comes later than the one before, after the due date (e.g. P3D, P7D, P14D).");
      }
      last = d;
      offsets.add(offset);
    }
    if (offsets.size() > MAX_REMINDERS) {
      throw new ValidationException("At most " + MAX_REMINDERS + " reminders.");
    }
    return offsets;
  }

  private Workspace own(SessionUser me) {
    return workspaces
        .findById(me.workspaceId())
        .orElseThrow(() -> new NotFoundException("Workspace"));
  }
}
