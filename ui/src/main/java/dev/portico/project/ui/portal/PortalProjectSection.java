package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;
import dev.portico.project.PortalProjects.PortalProject;

/**
 * A section another feature adds to a project's portal page (deliverables, the feedback link), so
 * the project feature does not depend on them. Implementations are Spring beans, shown in {@link
 * org.springframework.core.annotation.Order} order, above or below the conversation.
 */
public interface PortalProjectSection {

  Component create(PortalProject project);

  /** Whether the section goes above the conversation (things waiting for the client) or below. */
  default boolean aboveConversation() {
    return false;
  }

  /** Whether this portal shows the section at all (e.g. the plan has the feature). */
  default boolean shown() {
    return true;
  }
}
