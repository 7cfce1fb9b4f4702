package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.router.RouterLink;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.FeedbackState;
import dev.portico.project.ui.portal.PortalHomeCard;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "Feedback" on the client's home page: one click to write to the team; only on plans with it. */
@org.springframework.stereotype.Component
@Order(30)
class SendFeedbackCard implements PortalHomeCard {

  private final ClientFeedback feedback;

  SendFeedbackCard(ClientFeedback feedback) {
    this.feedback = feedback;
  }

  @Override
  public Optional<Component> create() {
    if (!feedback.available()) {
      return Optional.empty();
    }
    long waiting =
        feedback.mine().stream().filter(f -> f.state() != FeedbackState.ANSWERED).count();
    Card card = new Card();
    card.addClassNames("action-card", "feedback-card");
    card.setSubtitle("Feedback");
    card.setTitle(
        waiting == 0
            ? "Questions or ideas?"
            : waiting + (waiting == 1 ? " message waits" : " messages wait") + " for an answer");
    RouterLink send = new RouterLink("Send feedback", PortalFeedbackView.class);
    send.addClassName("send-feedback-link");
    card.add(send);
    return Optional.of(card);
  }
}
