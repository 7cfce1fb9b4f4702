package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;

/**
 * An action card another feature adds to the client's home page (deliverables to review now;
 * invoices to pay later), next to "In progress" and "Next deadline". Implementations are Spring
 * beans, shown in {@link org.springframework.core.annotation.Order} order.
 */
public interface PortalHomeCard {

  Component create();
}
