package dev.portico.client.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.client.ClientStatus;

/** How a company's status reads for staff: "Lead", "Client", "Former client". */
final class ClientLabels {

  private ClientLabels() {}

  static Badge badge(ClientStatus status) {
    Badge badge = new Badge(status.label());
    badge.addClassName("client-status");
    badge.getElement().setAttribute("data-status", status.name().toLowerCase());
    badge.addThemeVariants(
        switch (status) {
          case LEAD -> BadgeVariant.WARNING;
          case CLIENT -> BadgeVariant.SUCCESS;
          case FORMER -> BadgeVariant.CONTRAST;
        });
    return badge;
  }
}
