package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalTasks;
import dev.portico.project.TaskStatus;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "Tasks" on the client's home page: how many shared tasks are open, and the way to them. */
@org.springframework.stereotype.Component
@Order(20)
class TasksCard implements PortalHomeCard {

  private final PortalTasks tasks;

  TasksCard(PortalTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public Optional<Component> create() {
    long open =
        tasks.myTasks(null, null).stream().filter(t -> t.status() != TaskStatus.DONE).count();
    Card card = new Card();
    card.addClassNames("action-card", "tasks-card");
    card.setSubtitle("Tasks");
    card.setTitle(open == 0 ? "No open tasks" : open + (open == 1 ? " open task" : " open tasks"));
    RouterLink all = new RouterLink("See all tasks", PortalTaskListView.class);
    card.add(all);
    return Optional.of(card);
  }
}
