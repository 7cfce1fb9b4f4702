package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;

/**
 * One section of the owner's Settings page (client notifications now; branding, billing and more
 * later). Implementations are Spring beans, shown in {@link
 * org.springframework.core.annotation.Order} order, each under its own heading with its own Save.
 */
public interface SettingsSection {

  /** The section's heading, e.g. "Client notifications". */
  String title();

  /** A fresh form for the section (read from the service each time the page opens). */
  Component create();
}
