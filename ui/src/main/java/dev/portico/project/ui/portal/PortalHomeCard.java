package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;

/**
 * An action card another feature adds to the client's home page (deliverables to review, feedback
 * to send), next to "In progress" and "Next deadline". Implementations are Spring beans, shown in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface PortalHomeCard {

  Component create();

  /** Whether this portal shows the card at all (e.g. the plan has the feature). */
  default boolean shown() {
    return true;
  }
}
