package dev.portico.project.ui;

import com.vaadin.flow.component.html.Div;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectDetail;

/** A project's conversation: Replies (the client sees them) and Notes (internal). */
class ConversationPanel extends Div {

  ConversationPanel(ProjectPlanning planning, ProjectDetail project, Runnable changed) {
    add(
        new ThreadPanel(
            project.comments(),
            true,
            (kind, body) -> planning.comment(project.id(), kind, body),
            changed));
  }
}
