package dev.portico.invoice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.portico.invoice.Amounts;
import dev.portico.invoice.InvoiceForm;
import dev.portico.shared.ValidationException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One line of a draft invoice: description, quantity, unit price, tax rate, and its amount, priced
 * live by the domain's rule ({@link Amounts#line}). A value the rule refuses is marked on its field
 * at once.
 */
class LineEditor extends Div {

  final TextField description = new TextField("Description");
  final BigDecimalField quantity = new BigDecimalField("Quantity");
  final BigDecimalField unitPrice = new BigDecimalField("Unit price");
  final BigDecimalField taxRate = new BigDecimalField("Tax rate");
  private final Span amount = new Span("—");
  private final Button remove = new Button(VaadinIcon.TRASH.create());
  private final Span currencyPrefix = new Span();

  LineEditor(InvoiceForm.Line line, Runnable changed, Consumer<LineEditor> removed) {
    addClassName("invoice-line");
    description.setMaxLength(500);
    description.addClassName("line-description");
    quantity.addClassName("line-quantity");
    unitPrice.addClassName("line-price");
    unitPrice.setPrefixComponent(currencyPrefix);
    taxRate.addClassName("line-tax");
    taxRate.setSuffixComponent(new Span("%"));
    for (var field : List.of(quantity, unitPrice, taxRate)) {
      field.setManualValidation(true);
      field.setValueChangeMode(ValueChangeMode.EAGER);
      field.addValueChangeListener(e -> changed.run());
    }
    description.setManualValidation(true);
    description.setValueChangeMode(ValueChangeMode.LAZY);
    description.addValueChangeListener(
        e -> {
          if (!e.getValue().isBlank()) {
            description.setInvalid(false);
          }
        });
    if (line != null) {
      description.setValue(line.description() == null ? "" : line.description());
      quantity.setValue(line.quantity());
      unitPrice.setValue(line.unitPrice());
      taxRate.setValue(line.taxRate());
    }
    Div amountBox = new Div(label("Amount"), amount);
    amountBox.addClassName("line-amount");
    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
    remove.addClassName("line-remove");
    remove.addClickListener(e -> removed.accept(this));
    add(description, quantity, unitPrice, taxRate, amountBox, remove);
  }

  /** Numbers the line ("Line 2") for screen readers and the remove button's name. */
  void number(int position, boolean removable) {
    getElement().setAttribute("aria-label", "Line " + position);
    remove.setAriaLabel("Remove line " + position);
    remove.setTooltipText("Remove line " + position);
    remove.setEnabled(removable);
  }

  InvoiceForm.Line line() {
    return new InvoiceForm.Line(
        description.getValue(), quantity.getValue(), unitPrice.getValue(), taxRate.getValue());
  }

  /**
   * Prices the line in {@code currency} by the domain's rule, marking a refused value on its field.
   *
   * @return the line's amounts, or null while it cannot be priced
   */
  Amounts.LineAmounts price(String currency) {
    currencyPrefix.setText(currency == null ? "" : currency);
    for (var field : List.of(quantity, unitPrice, taxRate)) {
      field.setInvalid(false);
    }
    Amounts.LineAmounts priced = compute(currency);
    amount.setText(priced == null ? "—" : Amounts.format(priced.totalMinor(), currency));
    return priced;
  }

  private Amounts.LineAmounts compute(String currency) {
    if (!Amounts.supported(currency)
        || quantity.getValue() == null
        || unitPrice.getValue() == null
        || taxRate.getValue() == null) {
      return null;
    }
    long unitPriceMinor;
    try {
      unitPriceMinor = Amounts.toMinor(unitPrice.getValue(), currency);
    } catch (ValidationException e) {
      return refuse(unitPrice, e);
    }
    long net;
    try {
      net = Amounts.lineNet(quantity.getValue(), unitPriceMinor);
    } catch (ValidationException e) {
      return refuse(quantity, e);
    }
    try {
      return new Amounts.LineAmounts(net, Amounts.lineTax(net, taxRate.getValue()));
    } catch (ValidationException e) {
      return refuse(taxRate, e);
    }
  }

  /** Shows the domain's message on the field it is about (the save shows it again, by line). */
  void mark(HasValidation field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  void clearMarks() {
    for (HasValidation field : List.of(description, quantity, unitPrice, taxRate)) {
      field.setInvalid(false);
    }
  }

  /** Whether the domain refused one of the line's values (marked on its field). */
  boolean refused() {
    return quantity.isInvalid() || unitPrice.isInvalid() || taxRate.isInvalid();
  }

  private Amounts.LineAmounts refuse(HasValidation field, ValidationException e) {
    mark(field, e.getMessage());
    return null;
  }

  private static Span label(String text) {
    Span label = new Span(text);
    label.addClassName("line-amount-label");
    return label;
  }
}
