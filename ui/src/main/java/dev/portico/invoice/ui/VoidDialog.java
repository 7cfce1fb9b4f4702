package dev.portico.invoice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.shared.ValidationException;
import dev.portico.shared.ui.Actions;

/** Voids a sent invoice, with the reason (required): the chase stops, the client is told. */
class VoidDialog extends Dialog {

  VoidDialog(InvoiceBilling billing, InvoiceDetail d, Runnable changed) {
    setHeaderTitle("Void " + d.number() + "?");
    addClassName("void-dialog");
    TextArea reason = new TextArea("Reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setMaxLength(500);
    reason.setWidthFull();
    reason.setPlaceholder("E.g. issued twice; replaced by a corrected invoice");
    add(
        new Paragraph(
            "Reminders stop and "
                + d.clientName()
                + " is told by email that they need not pay it. The invoice stays in your books"
                + " as void; this cannot be undone."),
        reason);
    Button confirm =
        new Button(
            "Void invoice",
            e -> {
              reason.setInvalid(false);
              boolean[] ok = {false};
              Actions.run(
                  () -> {
                    try {
                      billing.voidInvoice(d.id(), reason.getValue());
                      ok[0] = true;
                    } catch (ValidationException ex) {
                      reason.setErrorMessage(ex.getMessage());
                      reason.setInvalid(true);
                    }
                  });
              if (ok[0]) {
                close();
                Actions.success(d.number() + " is void.");
                changed.run();
              }
            });
    confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
    getFooter().add(new Button("Cancel", e -> close()), confirm);
    setWidth("min(32rem, 95vw)");
  }
}
