package dev.portico.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.shared.engine.EngineOperations;
import dev.portico.shared.engine.EngineOperations.FlowIncident;
import dev.portico.shared.engine.EngineOutbox.WaitingCommand;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import io.camunda.client.api.command.ClientException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For owners: whether the workflow engine keeps up. Commands waiting for the engine (outbox), steps
 * that failed after all their retries (incidents) with Retry, and resuming lost flows.
 */
@Route("staff/engine")
@PageTitle("Engine")
@RolesAllowed(Roles.OWNER)
public class EngineView extends VerticalLayout {

  private static final Map<String, String> FLOWS =
      Map.of(
          "client-invitation", "Client invitation",
          "deliverable-review", "Deliverable review",
          "feedback-routing", "Feedback routing");

  private final EngineOperations operations;
  private final VerticalLayout relay = new VerticalLayout();
  private final VerticalLayout incidents = new VerticalLayout();

  public EngineView(EngineOperations operations) {
    this.operations = operations;
    addClassName("engine-page");
    relay.setPadding(false);
    incidents.setPadding(false);
    Button resume = new Button("Resume missing flows", e -> resumeMissing());
    resume.addThemeVariants(ButtonVariant.TERTIARY);
    add(
        new H1("Engine"),
        new Paragraph(
            "Portico's workflows (invitations, reviews, feedback) run on the workflow engine."
                + " Changes reach the engine through a queue that is retried until the engine"
                + " accepts them, so nothing is lost while it is away."),
        new H2("Waiting for the engine"),
        relay,
        new H2("Failed steps"),
        incidents,
        new H2("Flows the engine lost"),
        new Paragraph(
            "After the engine lost its state (restored from an old backup, or reset), start"
                + " every flow that Portico has in progress and the engine does not run. Flows"
                + " the engine still runs are left alone."),
        resume);
    refresh();
  }

  private void refresh() {
    showRelay();
    showIncidents();
  }

  private void showRelay() {
    relay.removeAll();
    EngineOperations.Relay r = operations.relay();
    if (r.pending() == 0) {
      relay.add(new Paragraph("Nothing waits: the engine has accepted every change."));
      return;
    }
    Paragraph summary =
        new Paragraph(
            r.pending()
                + (r.pending() == 1 ? " change waits" : " changes wait")
                + " for the engine; the oldest for "
                + human(r.oldestAge())
                + (r.degraded() ? ". The engine may be unreachable: check it." : "."));
    summary.addClassName(r.degraded() ? "engine-degraded" : "engine-pending");
    Div cards = new Div();
    cards.addClassName("engine-cards");
    for (WaitingCommand c : r.waiting()) {
      Button now = new Button("Send now", e -> sendNow(c));
      now.addThemeVariants(ButtonVariant.SMALL);
      cards.add(
          card(
              c.what(),
              c.lastError() == null ? "Not sent yet." : c.lastError(),
              "For "
                  + c.businessKey()
                  + " · since "
                  + Formats.dateTime(c.queuedAt())
                  + " · "
                  + c.attempts()
                  + (c.attempts() == 1 ? " try" : " tries"),
              now));
    }
    relay.add(summary, cards);
  }

  private void showIncidents() {
    incidents.removeAll();
    List<FlowIncident> open;
    try {
      open = operations.incidents();
    } catch (ClientException e) {
      incidents.add(new Paragraph("The engine cannot be reached, so failed steps are unknown."));
      return;
    }
    if (open.isEmpty()) {
      incidents.add(new Paragraph("No failed steps."));
      return;
    }
    incidents.add(
        new Paragraph(
            "These steps failed after all their retries and wait. Fix what the message says,"
                + " then press Retry: the step runs again and the flow goes on."));
    Div cards = new Div();
    cards.addClassName("engine-cards");
    for (FlowIncident i : open) {
      Button retry = new Button("Retry", e -> retry(i));
      retry.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
      cards.add(
          card(
              FLOWS.getOrDefault(i.processId(), i.processId()) + ": " + step(i.elementId()),
              i.message(),
              "For " + i.businessKey() + " · since " + Formats.dateTime(i.createdAt()),
              retry));
    }
    incidents.add(cards);
  }

  private void sendNow(WaitingCommand c) {
    if (Actions.run(() -> operations.sendNow(c.id()))) {
      Actions.success("Sending now.");
      refresh();
    }
  }

  private void retry(FlowIncident i) {
    try {
      if (Actions.run(() -> operations.retry(i.key()))) {
        Actions.success("Retrying the step.");
      }
    } catch (ClientException e) {
      Actions.error("The engine cannot be reached now. Try again in a moment.");
    }
    refresh();
  }

  private void resumeMissing() {
    try {
      int resumed = operations.resumeMissingFlows();
      Actions.success(
          resumed == 0
              ? "The engine runs every flow in progress; nothing to resume."
              : resumed + (resumed == 1 ? " flow" : " flows") + " started again.");
    } catch (ClientException e) {
      Actions.error("The engine cannot be reached now. Try again in a moment.");
    }
    refresh();
  }

  private static Div card(String title, String reason, String meta, Button action) {
    Paragraph why = new Paragraph(reason == null ? "" : reason);
    why.addClassName("reason");
    Span facts = new Span(meta);
    facts.addClassName("meta");
    Span heading = new Span(title);
    heading.addClassName("title");
    Div card = new Div(heading, why, facts, action);
    card.addClassName("engine-card");
    return card;
  }

  /** "CreateFeedbackTaskTask" reads "Create feedback task". */
  private static String step(String elementId) {
    if (elementId == null) {
      return "";
    }
    String words =
        elementId
            .replaceAll("(Task|Event|Gateway)$", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    return words.isEmpty()
        ? elementId
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String human(Duration age) {
    if (age.toMinutes() < 1) {
      return age.toSeconds() + " s";
    }
    if (age.toHours() < 1) {
      return age.toMinutes() + " min";
    }
    return age.toHours() + " h " + age.toMinutesPart() + " min";
  }
}
