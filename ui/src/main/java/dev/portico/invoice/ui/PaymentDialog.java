package dev.portico.invoice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.invoice.Amounts;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.PaymentOutcome;
import dev.portico.shared.ValidationException;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import java.util.List;

/** Records money that arrived by bank transfer: amount, the day it was received, a reference. */
class PaymentDialog extends Dialog {

  private final BigDecimalField amount = new BigDecimalField("Amount");
  private final DatePicker receivedOn = DateFields.picker("Received on");
  private final TextField reference = new TextField("Reference (optional)");

  PaymentDialog(InvoiceBilling billing, InvoiceDetail d, Runnable changed) {
    setHeaderTitle("Record a payment for " + d.number());
    addClassName("payment-dialog");
    amount.setPrefixComponent(new Span(d.currency()));
    amount.setValue(Amounts.toMajor(d.openMinor(), d.currency()));
    // Today in the agency's time zone: the day a new invoice would be issued.
    receivedOn.setValue(billing.draftDefaults().issueDate());
    reference.setMaxLength(200);
    reference.setPlaceholder("E.g. the bank's transaction id");
    for (HasValidation field : List.<HasValidation>of(amount, receivedOn, reference)) {
      field.setManualValidation(true);
    }
    FormLayout form = new FormLayout(amount, receivedOn, reference);
    form.setColspan(reference, 2);
    add(
        new Paragraph(
            "A bank transfer the client made. "
                + InvoiceLabels.amount(d.openMinor(), d.currency())
                + " is open; less leaves the rest open."),
        form);
    Button record =
        new Button(
            "Save payment",
            e -> {
              PaymentOutcome[] outcome = new PaymentOutcome[1];
              boolean ok =
                  attempt(
                      () ->
                          outcome[0] =
                              billing.recordManualPayment(
                                  d.id(),
                                  amount.getValue(),
                                  receivedOn.getValue(),
                                  reference.getValue()));
              if (ok) {
                close();
                Actions.success(
                    outcome[0].openAmountMinor() == 0
                        ? "Recorded. " + d.number() + " is paid in full."
                        : "Recorded. "
                            + InvoiceLabels.amount(outcome[0].openAmountMinor(), d.currency())
                            + " is still open.");
                changed.run();
              }
            });
    record.addThemeVariants(ButtonVariant.PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), record);
    setWidth("min(32rem, 95vw)");
  }

  private boolean attempt(Runnable action) {
    amount.setInvalid(false);
    receivedOn.setInvalid(false);
    reference.setInvalid(false);
    if (amount.getValue() == null) {
      mark(amount, "Enter the amount received.");
      return false;
    }
    boolean[] ok = {false};
    Actions.run(
        () -> {
          try {
            action.run();
            ok[0] = true;
          } catch (ValidationException e) {
            String m = e.getMessage();
            mark(m.contains("date") ? receivedOn : m.contains("reference") ? reference : amount, m);
          }
        });
    return ok[0];
  }

  private static void mark(HasValidation field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }
}
