package dev.portico.project.ui;

import com.vaadin.flow.component.Component;
import dev.portico.project.ProjectPlanning.ProjectDetail;

/**
 * A section another feature adds to a project's staff page (deliverables now; files and invoices
 * later), so the project feature does not depend on them. Implementations are Spring beans, shown
 * in {@link org.springframework.core.annotation.Order} order between tasks and the conversation.
 */
public interface StaffProjectSection {

  /**
   * @param changed re-renders the whole project page (progress may have moved)
   */
  Component create(ProjectDetail project, Runnable changed);
}
