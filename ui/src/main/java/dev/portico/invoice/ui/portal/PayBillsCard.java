package dev.portico.invoice.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.router.RouterLink;
import dev.portico.invoice.PortalInvoices;
import dev.portico.project.ui.portal.PortalHomeCard;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "Pay your bills · N open" on the client's home page, while invoices wait for payment. */
@org.springframework.stereotype.Component
@Order(20)
class PayBillsCard implements PortalHomeCard {

  private final PortalInvoices invoices;

  PayBillsCard(PortalInvoices invoices) {
    this.invoices = invoices;
  }

  @Override
  public Optional<Component> create() {
    int open = invoices.openCount();
    if (open == 0) {
      return Optional.empty();
    }
    Card card = new Card();
    card.addClassNames("action-card", "pay-bills");
    card.setSubtitle("Pay your bills");
    card.setTitle(new RouterLink(open + " open", PortalBillingView.class));
    return Optional.of(card);
  }
}
