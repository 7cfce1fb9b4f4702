package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * An action card another feature adds to the client's home page (deliverables to review, invoices
 * to pay, feedback to send), next to "In progress" and "Next deadline". Implementations are Spring
 * beans, shown in {@link org.springframework.core.annotation.Order} order.
 */
public interface PortalHomeCard {

  /**
   * The card, or empty when there is nothing to say (no open invoices) or the portal's plan lacks
   * the feature.
   */
  Optional<Component> create();
}
