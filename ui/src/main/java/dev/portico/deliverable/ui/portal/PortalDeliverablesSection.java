package dev.portico.deliverable.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.deliverable.DeliverableReview.PortalDeliverable;
import dev.portico.deliverable.DeliverableStatus;
import dev.portico.deliverable.ui.DeliverableLabels;
import dev.portico.project.PortalProjects.PortalProject;
import dev.portico.project.ui.portal.PortalProjectSection;
import dev.portico.shared.ui.Formats;
import java.util.List;
import org.springframework.core.annotation.Order;

/** "Deliverables" on a project's portal page: what waits for the client, and what was decided. */
@org.springframework.stereotype.Component
@Order(50)
class PortalDeliverablesSection implements PortalProjectSection {

  private final DeliverableReview review;

  PortalDeliverablesSection(DeliverableReview review) {
    this.review = review;
  }

  @Override
  public boolean aboveConversation() {
    return true;
  }

  @Override
  public Component create(PortalProject project) {
    List<PortalDeliverable> all = review.forProject(project.id());
    Div section = new Div(new H2("Deliverables"));
    section.addClassName("deliverables-section");
    if (all.isEmpty()) {
      section.add(new Paragraph("Nothing to review yet. We will email you when there is."));
      return section;
    }
    List<PortalDeliverable> waiting =
        all.stream().filter(d -> d.status() == DeliverableStatus.IN_REVIEW).toList();
    List<PortalDeliverable> rest =
        all.stream().filter(d -> d.status() != DeliverableStatus.IN_REVIEW).toList();
    if (!waiting.isEmpty()) {
      section.add(new H3("Waiting for your review"), list(waiting, "waiting"));
    }
    if (!rest.isEmpty()) {
      section.add(new H3(waiting.isEmpty() ? "Shared with you" : "Earlier"), list(rest, "decided"));
    }
    return section;
  }

  private static UnorderedList list(List<PortalDeliverable> deliverables, String className) {
    UnorderedList list = new UnorderedList();
    list.addClassNames("deliverable-list", className);
    for (PortalDeliverable d : deliverables) {
      RouterLink link =
          new RouterLink(
              d.title(),
              PortalDeliverableView.class,
              PortalDeliverableView.params(d.projectId(), d.id()));
      var current = d.current();
      String when =
          d.approvedAt() != null
              ? "approved " + Formats.dateTime(d.approvedAt())
              : current == null ? "" : "shared " + Formats.dateTime(current.readyAt());
      ListItem item =
          new ListItem(
              link,
              DeliverableLabels.badge(DeliverableLabels.client(d.status()), d.status()),
              new com.vaadin.flow.component.html.Span(
                  (current == null ? "" : "Version " + current.number() + " · ") + when));
      item.addClassName("deliverable-item");
      list.add(item);
    }
    return list;
  }
}
