package dev.portico.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void lineNetRoundsHalfUpToTheCent() {
    assertThat(Amounts.lineNet(d("1.5"), 333)).as("499.5 cents").isEqualTo(500);
    assertThat(Amounts.lineNet(d("1.5"), 331)).as("496.5 cents").isEqualTo(497);
    assertThat(Amounts.lineNet(d("0.333"), 100)).as("33.3 cents").isEqualTo(33);
    assertThat(Amounts.lineNet(d("0.005"), 100)).as("0.5 cent").isEqualTo(1);
    assertThat(Amounts.lineNet(d("0.004"), 100)).as("0.4 cent").isEqualTo(0);
    assertThat(Amounts.lineNet(d("3"), 0)).as("a free line").isZero();
  }

  @Test
  void taxIsRoundedPerLineNotOnTheSum() {
    // Three lines of 0.05 at 10 %: 0.5 cent each rounds up to 1 cent per line.
    var line = Amounts.line(d("1"), 5, d("10"));
    assertThat(line.taxMinor()).isEqualTo(1);
    var totals = Amounts.totals(List.of(line, line, line));
    assertThat(totals.netMinor()).isEqualTo(15);
    assertThat(totals.taxMinor()).as("3 × 1 cent, not round(1.5)").isEqualTo(3);
    assertThat(totals.totalMinor()).isEqualTo(18);
  }

  @Test
  void taxRatesWithDecimalsRoundHalfUp() {
    assertThat(Amounts.lineTax(1000, d("7.7"))).isEqualTo(77);
    assertThat(Amounts.lineTax(1250, d("19"))).as("237.5 cents").isEqualTo(238);
    assertThat(Amounts.lineTax(1234, d("0"))).isZero();
    assertThat(Amounts.lineTax(1234, d("100"))).isEqualTo(1234);
  }

  @Test
  void totalIsTheSumOfLineTotals() {
    var a = Amounts.line(d("2"), 60000, d("20"));
    var b = Amounts.line(d("1.25"), 9999, d("7.5"));
    var totals = Amounts.totals(List.of(a, b));
    assertThat(a.totalMinor()).isEqualTo(144000);
    assertThat(b.netMinor()).as("12498.75 cents").isEqualTo(12499);
    assertThat(b.taxMinor()).as("937.425 cents").isEqualTo(937);
    assertThat(totals.totalMinor()).isEqualTo(a.totalMinor() + b.totalMinor()).isEqualTo(157436);
  }

  @Test
  void zeroAndNegativeAreRefused() {
    assertThatThrownBy(() -> Amounts.lineNet(BigDecimal.ZERO, 100))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than 0");
    assertThatThrownBy(() -> Amounts.lineNet(d("-1"), 100)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Amounts.lineNet(d("1"), -1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Amounts.lineTax(100, d("-0.01")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Amounts.lineTax(100, d("100.01")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Amounts.toMinor(d("-5"), "EUR"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void yenHasNoMinorUnit() {
    assertThat(Amounts.minorDigits("JPY")).isZero();
    assertThat(Amounts.toMinor(d("1500"), "JPY")).isEqualTo(1500);
    assertThat(Amounts.toMinor(d("1500.00"), "JPY")).as("trailing zeros are fine").isEqualTo(1500);
    assertThatThrownBy(() -> Amounts.toMinor(d("1500.5"), "JPY"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("JPY amounts have no decimals.");
    assertThat(Amounts.lineNet(d("0.5"), 3)).as("1.5 yen").isEqualTo(2);
    assertThat(Amounts.format(1234567, "JPY")).isEqualTo("JPY 1,234,567");
  }

  @Test
  void majorUnitsConvertExactly() {
    assertThat(Amounts.toMinor(d("12.34"), "EUR")).isEqualTo(1234);
    assertThat(Amounts.toMinor(d("0.1"), "EUR")).isEqualTo(10);
    assertThatThrownBy(() -> Amounts.toMinor(d("0.001"), "EUR"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EUR amounts have at most 2 decimals.");
    assertThat(Amounts.toMajor(1230, "EUR")).isEqualByComparingTo("12.30");
    assertThat(Amounts.toMajor(1230, "EUR").toPlainString()).isEqualTo("12.30");
    assertThat(Amounts.format(123456789, "EUR")).isEqualTo("EUR 1,234,567.89");
    assertThat(Amounts.format(5, "USD")).isEqualTo("USD 0.05");
  }

  @Test
  void unsupportedCurrenciesAreRefusedClearly() {
    assertThat(Amounts.supported("EUR")).isTrue();
    assertThat(Amounts.supported("XAU")).isFalse();
    assertThatThrownBy(() -> Amounts.minorDigits("XAU"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("XAU is not one of the invoice currencies (EUR, USD");
  }

  @Test
  void hugeAmountsAreRefusedInsteadOfOverflowing() {
    assertThatThrownBy(() -> Amounts.lineNet(d("999999999.999"), Long.MAX_VALUE / 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("too large");
    var big = Amounts.line(d("1000"), 400_000_000_000L, BigDecimal.ZERO);
    assertThatThrownBy(() -> Amounts.totals(List.of(big, big, big)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void aDraftFormIsCheckedLineByLineWithEveryProblemAtOnce() {
    var form =
        new InvoiceForm(
            "EUR",
            LocalDate.of(2025, 3, 10),
            LocalDate.of(2025, 3, 1),
            null,
            List.of(
                new InvoiceForm.Line(" ", d("1"), d("10"), d("20")),
                new InvoiceForm.Line("Design", d("0"), d("10.001"), d("120"))));
    assertThatThrownBy(() -> DraftRules.check(form))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("The due date cannot be before the issue date.")
        .hasMessageContaining("Line 1: enter a description.")
        .hasMessageContaining("Line 2: the quantity must be more than 0.")
        .hasMessageContaining("Line 2: EUR amounts have at most 2 decimals.")
        .hasMessageContaining("Line 2: the tax rate must be between 0 and 100 %.");
    assertThatThrownBy(
            () ->
                DraftRules.check(
                    new InvoiceForm(
                        "EUR", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null, null)))
        .hasMessage("Add at least one line.");
    assertThatThrownBy(
            () ->
                DraftRules.check(
                    new InvoiceForm(
                        "EUR",
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 1),
                        null,
                        List.of(new InvoiceForm.Line("Free advice", d("1"), d("0"), d("0"))))))
        .hasMessage("The invoice total must be more than zero.");
  }
}
