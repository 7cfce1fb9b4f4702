package dev.portico.client.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.client.ClientStatus;
import dev.portico.shared.ui.StatusBadge;

/** How a company's status reads for staff: "Lead", "Client", "Former client". */
final class ClientLabels {

  private ClientLabels() {}

  static Badge badge(ClientStatus status) {
    return statusBadge(status).component();
  }

  static StatusBadge statusBadge(ClientStatus status) {
    return new StatusBadge(
        status.label(),
        switch (status) {
          case LEAD -> BadgeVariant.WARNING;
          case CLIENT -> BadgeVariant.SUCCESS;
          case FORMER -> BadgeVariant.CONTRAST;
        },
        "client-status",
        status.name().toLowerCase());
  }
}
