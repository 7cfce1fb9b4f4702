package dev.portico.invoice;

import dev.portico.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a draft invoice form and prices it by {@link Amounts}' rule. Every problem is reported at
 * once, each in words staff understand ("Line 2: the quantity must be more than 0.").
 */
final class DraftRules {

  static final int MAX_LINES = 200;
  static final int NOTE_CHARS = 2000;
  static final int DESCRIPTION_CHARS = 500;

  /** A checked line with its amounts. */
  record PricedLine(
      int position,
      String description,
      BigDecimal quantity,
      long unitPriceMinor,
      BigDecimal taxRate,
      Amounts.LineAmounts amounts) {}

  /** A checked form: trimmed text, priced lines, totals. */
  record Priced(
      String currency,
      LocalDate issueDate,
      LocalDate dueDate,
      String noteToClient,
      List<PricedLine> lines,
      Amounts.Totals totals) {}

  private DraftRules() {}

  static Priced check(InvoiceForm form) {
    List<String> problems = new ArrayList<>();
    String currency = form.currency() == null ? null : form.currency().trim().toUpperCase();
    if (!Amounts.supported(currency)) {
      problems.add(message(() -> Amounts.requireSupported(currency)));
    }
    if (form.issueDate() == null) {
      problems.add("Enter an issue date.");
    }
    if (form.dueDate() == null) {
      problems.add("Enter a due date.");
    }
    if (form.issueDate() != null
        && form.dueDate() != null
        && form.dueDate().isBefore(form.issueDate())) {
      problems.add("The due date cannot be before the issue date.");
    }
    String note = blankToNull(form.noteToClient());
    if (note != null && note.length() > NOTE_CHARS) {
      problems.add("The note to the client has at most " + NOTE_CHARS + " characters.");
    }
    if (form.lines().isEmpty()) {
      problems.add("Add at least one line.");
    }
    if (form.lines().size() > MAX_LINES) {
      problems.add("An invoice has at most " + MAX_LINES + " lines.");
    }
    List<PricedLine> lines = new ArrayList<>();
    for (int i = 0; i < form.lines().size() && i < MAX_LINES; i++) {
      PricedLine line =
          line(i + 1, form.lines().get(i), Amounts.supported(currency) ? currency : null, problems);
      if (line != null) {
        lines.add(line);
      }
    }
    Amounts.Totals totals = null;
    if (problems.isEmpty()) {
      try {
        totals = Amounts.totals(lines.stream().map(PricedLine::amounts).toList());
        if (totals.totalMinor() == 0) {
          problems.add("The invoice total must be more than zero.");
        }
      } catch (ValidationException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(String.join(" ", problems));
    }
    return new Priced(currency, form.issueDate(), form.dueDate(), note, List.copyOf(lines), totals);
  }

  /** A checked line, or null with its problems added. */
  private static PricedLine line(
      int position, InvoiceForm.Line line, String currency, List<String> problems) {
    String at = "Line " + position + ": ";
    int before = problems.size();
    if (line == null) {
      problems.add(at + "enter a description, quantity and price.");
      return null;
    }
    String description = blankToNull(line.description());
    if (description == null) {
      problems.add(at + "enter a description.");
    } else if (description.length() > DESCRIPTION_CHARS) {
      problems.add(at + "the description has at most " + DESCRIPTION_CHARS + " characters.");
    }
    BigDecimal quantity = line.quantity();
    if (quantity == null || quantity.signum() <= 0) {
      problems.add(at + "the quantity must be more than 0.");
    } else if (quantity.stripTrailingZeros().scale() > Amounts.QUANTITY_DECIMALS) {
      problems.add(at + "the quantity has at most " + Amounts.QUANTITY_DECIMALS + " decimals.");
    } else if (quantity.compareTo(Amounts.MAX_QUANTITY) >= 0) {
      problems.add(at + "the quantity is too large.");
    }
    long unitPriceMinor = 0;
    if (line.unitPrice() == null) {
      problems.add(at + "enter a unit price (0 for free).");
    } else if (line.unitPrice().signum() < 0) {
      problems.add(at + "the unit price cannot be negative.");
    } else if (currency != null) {
      try {
        unitPriceMinor = Amounts.toMinor(line.unitPrice(), currency);
      } catch (ValidationException e) {
        problems.add(at + lowerFirst(e.getMessage()));
      }
    }
    BigDecimal rate = line.taxRate();
    if (rate == null) {
      problems.add(at + "enter a tax rate (0 for none).");
    } else if (rate.signum() < 0 || rate.compareTo(Amounts.HUNDRED) > 0) {
      problems.add(at + "the tax rate must be between 0 and 100 %.");
    } else if (rate.stripTrailingZeros().scale() > 2) {
      problems.add(at + "the tax rate has at most 2 decimals.");
    }
    if (problems.size() > before || currency == null) {
      return null;
    }
    try {
      return new PricedLine(
          position,
          description,
          quantity,
          unitPriceMinor,
          rate,
          Amounts.line(quantity, unitPriceMinor, rate));
    } catch (ValidationException e) {
      problems.add(at + lowerFirst(e.getMessage()));
      return null;
    }
  }

  private static String message(Runnable check) {
    try {
      check.run();
      return null;
    } catch (ValidationException e) {
      return e.getMessage();
    }
  }

  /** "The amount …" → "the amount …"; "EUR amounts …" stays. */
  private static String lowerFirst(String text) {
    return text.length() < 2 || !Character.isLowerCase(text.charAt(1))
        ? text
        : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
