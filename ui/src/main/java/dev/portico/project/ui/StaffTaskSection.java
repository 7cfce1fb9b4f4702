package dev.portico.project.ui;

import com.vaadin.flow.component.Component;
import dev.portico.project.TaskWork.TaskDetail;

/**
 * A section another feature adds to a task's staff page (the files a client attached to feedback),
 * so the project feature does not depend on it. Spring beans; {@code null} shows nothing.
 */
public interface StaffTaskSection {

  Component create(TaskDetail task);
}
