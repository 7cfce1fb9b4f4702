package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.InboxItem;
import dev.portico.project.TaskWork.InboxPage;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member's inbox: every open item assigned to me — client feedback, revisions
 * from reviews, escalations, payments to chase, planned work — with its full message, project,
 * client, age and answer time. Overdue answers first.
 */
@Route("staff/inbox")
@RouteAlias("staff/tasks")
@PageTitle("Inbox")
@RolesAllowed(Roles.STAFF)
public class InboxView extends VerticalLayout {

  /**
   * Cards shown at first and added by each "Show more": a busy inbox (hundreds of open items, each
   * with its whole message) made a page of ~400 KB held in the session (docs/performance.md).
   */
  static final int PAGE = 50;

  private final Clock clock;
  private final Set<UUID> shown = new HashSet<>();
  private final Button more = new Button();
  private final Paragraph count = new Paragraph();

  public InboxView(TaskWork work, Clock clock) {
    this.clock = clock;
    addClassName("inbox");
    InboxPage first = work.inbox(Set.of(), PAGE);
    add(new H1("Inbox"));
    if (first.items().isEmpty()) {
      add(new Paragraph("Nothing open. Well done."));
      return;
    }
    count.addClassName("muted");
    add(count);
    more.addThemeVariants(ButtonVariant.TERTIARY);
    more.addClassName("inbox-more");
    // Read again: items may have been answered or added meanwhile; none is shown twice.
    more.addClickListener(e -> show(work.inbox(shown, PAGE)));
    add(more);
    show(first);
  }

  /** Adds the page's items above the button; the count and the button say what is left. */
  private void show(InboxPage page) {
    int index = indexOf(more);
    for (InboxItem item : page.items()) {
      addComponentAtIndex(index++, card(item, clock));
      shown.add(item.taskId());
    }
    count.setText(page.open() == 1 ? "1 open item" : page.open() + " open items");
    more.setText("Show " + Math.min(PAGE, page.more()) + " more (" + page.more() + " not shown)");
    more.setVisible(page.more() > 0);
  }

  private static Div card(InboxItem item, Clock clock) {
    Div card = new Div();
    card.addClassNames("inbox-item", "kind-" + item.kind().name().toLowerCase());
    Div badges = new Div(InboxLabels.kindBadge(item.kind()));
    badges.addClassName("inbox-badges");
    var sla = InboxLabels.sla(item.sla(), item.escalated());
    if (sla != null) {
      badges.add(sla);
    }
    RouterLink title =
        new RouterLink(
            item.title(),
            StaffTaskView.class,
            new RouteParameters("taskId", item.taskId().toString()));
    title.addClassName("inbox-title");
    StringBuilder context = new StringBuilder();
    context.append(item.projectName() == null ? "No project" : item.projectName());
    if (item.clientName() != null) {
      context.append(" · ").append(item.clientName());
    }
    context.append(" · ").append(InboxLabels.age(item.createdAt(), clock.instant()));
    if (item.respondBy() != null) {
      context.append(" · answer by ").append(Formats.dateTime(item.respondBy()));
    }
    if (item.dueDate() != null) {
      context.append(" · due ").append(Formats.date(item.dueDate()));
    }
    Span meta = new Span(context.toString());
    meta.addClassName("inbox-meta");
    card.add(badges, title, meta);
    if (item.message() != null && !item.message().isBlank()) {
      Paragraph message = new Paragraph(item.message());
      message.addClassName("message-text");
      card.add(message);
    }
    return card;
  }
}
