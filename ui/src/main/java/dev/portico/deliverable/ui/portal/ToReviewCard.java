package dev.portico.deliverable.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.deliverable.DeliverableReview.PortalDeliverable;
import dev.portico.project.ui.portal.PortalHomeCard;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "To review" on the client's home page: what waits for their decision, one click away. */
@org.springframework.stereotype.Component
@Order(10)
class ToReviewCard implements PortalHomeCard {

  private static final int SHOWN = 3;

  private final DeliverableReview review;

  ToReviewCard(DeliverableReview review) {
    this.review = review;
  }

  @Override
  public Optional<Component> create() {
    List<PortalDeliverable> waiting = review.waiting();
    Card card = new Card();
    card.addClassNames("action-card", "to-review");
    card.setSubtitle("To review");
    card.setTitle(
        waiting.isEmpty()
            ? "Nothing waiting"
            : waiting.size() + (waiting.size() == 1 ? " deliverable" : " deliverables"));
    if (!waiting.isEmpty()) {
      UnorderedList links = new UnorderedList();
      waiting.stream()
          .limit(SHOWN)
          .forEach(
              d ->
                  links.add(
                      new ListItem(
                          new RouterLink(
                              d.title(),
                              PortalDeliverableView.class,
                              PortalDeliverableView.params(d.projectId(), d.id())))));
      if (waiting.size() > SHOWN) {
        links.add(new ListItem("and " + (waiting.size() - SHOWN) + " more in your projects"));
      }
      card.add(links);
    }
    return Optional.of(card);
  }
}
