package dev.portico.project.ui.portal;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.Progress.Deadline;
import dev.portico.project.ui.StatusLabels;
import dev.portico.shared.ui.Formats;

/** A project on the portal: status, percent done, milestones and the next deadline. */
class ProjectCard extends Card {

  ProjectCard(ProjectProgress project) {
    addClassName("project-card");
    RouterLink title =
        new RouterLink(
            project.name(), PortalProjectView.class, PortalProjectView.params(project.id()));
    setTitle(title);
    setHeaderSuffix(StatusLabels.badge(project.status()));
    ProgressBar bar = new ProgressBar(0, 100, project.progress().percentDone());
    Span percent = new Span(project.progress().percentDone() + "% done");
    percent.addClassName("percent-done");
    Span milestones =
        new Span(
            project.progress().milestonesDone()
                + " of "
                + project.progress().milestonesTotal()
                + " milestones complete");
    add(percent, bar, milestones);
    if (!project.progress().upcomingDeadlines().isEmpty()) {
      Deadline next = project.progress().upcomingDeadlines().getFirst();
      Span deadline = new Span("Next: " + next.title() + " · " + Formats.date(next.dueDate()));
      deadline.addClassName("next-deadline");
      add(deadline);
    }
  }
}
