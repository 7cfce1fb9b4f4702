package dev.portico.client.ui;

import com.vaadin.flow.component.Component;
import dev.portico.client.ClientSummary;

/**
 * A section another feature adds to a client's staff page (invoices now), so the client feature
 * does not depend on it. Implementations are Spring beans, shown in {@link
 * org.springframework.core.annotation.Order} order between the contacts and the access history.
 */
public interface StaffClientSection {

  /**
   * @param changed re-renders the whole client page
   */
  Component create(ClientSummary client, Runnable changed);
}
