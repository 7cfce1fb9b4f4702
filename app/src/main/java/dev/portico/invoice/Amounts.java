package dev.portico.invoice;

import dev.portico.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Money of invoices, exactly: amounts are {@code long} minor units of the invoice's currency (cents
 * for EUR, yen for JPY, which has no minor unit).
 *
 * <p>The one rounding rule, applied per line and never to a sum:
 *
 * <ol>
 *   <li>line net = quantity × unit price, rounded half-up to a whole minor unit;
 *   <li>line tax = line net × tax rate / 100, rounded half-up to a whole minor unit;
 *   <li>invoice net = sum of line nets; invoice tax = sum of line taxes; invoice total = net + tax
 *       (so the total is the sum of the line totals, and what the PDF shows adds up).
 * </ol>
 *
 * Amounts are never negative (quantities are more than 0, prices and rates at least 0), so half-up
 * is half away from zero.
 */
public final class Amounts {

  /** The currencies invoices may use, most common first. */
  public static final List<String> CURRENCIES =
      List.of(
          "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
          "JPY");

  static final int QUANTITY_DECIMALS = 3;
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000"); // numeric(12, 3)
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Far below Long.MAX_VALUE, so sums of lines cannot overflow. */
  static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000L;

  private Amounts() {}

  public static boolean supported(String currency) {
    return currency != null && CURRENCIES.contains(currency);
  }

  /** Digits after the decimal point: 2 for EUR, 0 for JPY. */
  public static int minorDigits(String currency) {
    requireSupported(currency);
    return Currency.getInstance(currency).getDefaultFractionDigits();
  }

  static void requireSupported(String currency) {
    if (!supported(currency)) {
      throw new ValidationException(
          (currency == null || currency.isBlank() ? "Choose a currency" : currency + " is not one")
              + " of the invoice currencies ("
              + String.join(", ", CURRENCIES)
              + ").");
    }
  }

  /**
   * An amount in major units (12.34 EUR) as minor units (1234); refuses more decimals than the
   * currency has and negative amounts.
   */
  public static long toMinor(BigDecimal major, String currency) {
    int digits = minorDigits(currency);
    if (major.signum() < 0) {
      throw new ValidationException("An amount cannot be negative.");
    }
    if (major.stripTrailingZeros().scale() > digits) {
      throw new ValidationException(
          digits == 0
              ? currency + " amounts have no decimals."
              : currency + " amounts have at most " + digits + " decimals.");
    }
    return exact(major.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY));
  }

  /** Minor units as an amount in major units, with the currency's scale (12.30, not 12.3). */
  public static BigDecimal toMajor(long minor, String currency) {
    return BigDecimal.valueOf(minor, minorDigits(currency));
  }

  /** quantity × unit price, rounded half-up to a whole minor unit. */
  public static long lineNet(BigDecimal quantity, long unitPriceMinor) {
    if (quantity.signum() <= 0) {
      throw new ValidationException("The quantity must be more than 0.");
    }
    if (unitPriceMinor < 0) {
      throw new ValidationException("The unit price cannot be negative.");
    }
    return exact(
        quantity.multiply(BigDecimal.valueOf(unitPriceMinor)).setScale(0, RoundingMode.HALF_UP));
  }

  /** net × rate / 100, rounded half-up to a whole minor unit. */
  public static long lineTax(long netMinor, BigDecimal ratePercent) {
    if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
      throw new ValidationException("The tax rate must be between 0 and 100 %.");
    }
    return exact(
        BigDecimal.valueOf(netMinor)
            .multiply(ratePercent)
            .divide(HUNDRED, 0, RoundingMode.HALF_UP));
  }

  /** One line's net and tax. */
  public record LineAmounts(long netMinor, long taxMinor) {

    public long totalMinor() {
      return netMinor + taxMinor;
    }
  }

  /** An invoice's net, tax and total: sums of its lines. */
  public record Totals(long netMinor, long taxMinor) {

    public long totalMinor() {
      return netMinor + taxMinor;
    }
  }

  public static LineAmounts line(BigDecimal quantity, long unitPriceMinor, BigDecimal ratePercent) {
    long net = lineNet(quantity, unitPriceMinor);
    return new LineAmounts(net, lineTax(net, ratePercent));
  }

  public static Totals totals(List<LineAmounts> lines) {
    long net = 0;
    long tax = 0;
    for (LineAmounts line : lines) {
      net = Math.addExact(net, line.netMinor());
      tax = Math.addExact(tax, line.taxMinor());
    }
    if (net + tax > MAX_AMOUNT_MINOR) {
      throw new ValidationException("The invoice total is too large.");
    }
    return new Totals(net, tax);
  }

  /** For people: "EUR 1,234.50", "JPY 1,235". */
  public static String format(long minor, String currency) {
    int digits = minorDigits(currency);
    DecimalFormat format =
        new DecimalFormat(
            digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    return currency + " " + format.format(toMajor(minor, currency));
  }

  private static long exact(BigDecimal whole) {
    if (whole.compareTo(BigDecimal.valueOf(MAX_AMOUNT_MINOR)) > 0) {
      throw new ValidationException("The amount is too large.");
    }
    return whole.longValueExact();
  }
}
