package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.shared.ui.Actions;
import dev.portico.workspace.ProcessTimings;
import dev.portico.workspace.ProcessTimings.Form;
import org.springframework.core.annotation.Order;

/**
 * "Process timing": the reminders, windows and schedules of the invitation, review, feedback and
 * dunning processes, in one form; the models read them as variables when a flow starts.
 */
@org.springframework.stereotype.Component
@Order(40)
class ProcessTimingSettings implements SettingsSection {

  private final ProcessTimings timings;

  ProcessTimingSettings(ProcessTimings timings) {
    this.timings = timings;
  }

  @Override
  public String title() {
    return "Process timing";
  }

  @Override
  public Component create() {
    Form now = timings.current();
    TextField invitationReminder =
        duration(
            "Invitation reminder",
            now.invitationReminder(),
            "Sent once when an invitation is still unanswered after this long.");
    TextField invitationWindow =
        duration(
            "Invitation open for",
            now.invitationWindow(),
            "Then the link expires; you can invite the person again.");
    TextField reviewReminder =
        duration(
            "Review reminder",
            now.reviewReminder(),
            "Repeated while the client has not decided on a deliverable.");
    TextField reviewWindow =
        duration(
            "Review expected within",
            now.reviewWindow(),
            "After this, the project lead hears the review is overdue.");
    IntegerField rounds =
        number(
            "Revision rounds included",
            now.includedRevisionRounds(),
            0,
            20,
            "Rounds after these are marked as extra.");
    IntegerField sla =
        number(
            "Feedback answered within (business days)",
            now.feedbackSlaBusinessDays(),
            1,
            30,
            "Monday to Friday; later, the owner is told.");
    TextField dunning = new TextField("Payment reminders");
    dunning.setValue(now.dunningSchedule());
    dunning.setHelperText(
        "After the due date, e.g. 3, 7, 14 days. Empty: your team hears at once, no reminders.");
    dunning.setClearButtonVisible(true);

    FormLayout form =
        new FormLayout(
            invitationReminder,
            invitationWindow,
            reviewReminder,
            reviewWindow,
            rounds,
            sla,
            dunning);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
    form.addClassName("process-timing-form");

    Paragraph about =
        new Paragraph(
            "Durations read like 3 days, 12 hours or 2 weeks. Invitations, reviews, feedback and"
                + " invoices started after saving use the new timing; those already running keep"
                + " theirs.");
    about.addClassName("hint");
    Button save =
        new Button(
            "Save timing",
            e -> {
              Form changed =
                  new Form(
                      invitationReminder.getValue(),
                      invitationWindow.getValue(),
                      reviewReminder.getValue(),
                      reviewWindow.getValue(),
                      rounds.getValue() == null ? -1 : rounds.getValue(),
                      sla.getValue() == null ? 0 : sla.getValue(),
                      dunning.getValue());
              if (Actions.run(() -> timings.change(changed))) {
                Form saved = timings.current();
                invitationReminder.setValue(saved.invitationReminder());
                invitationWindow.setValue(saved.invitationWindow());
                reviewReminder.setValue(saved.reviewReminder());
                reviewWindow.setValue(saved.reviewWindow());
                dunning.setValue(saved.dunningSchedule());
                Actions.success("Process timing saved.");
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-process-timing");
    return new Div(about, form, new Div(save));
  }

  private static TextField duration(String label, String value, String helper) {
    TextField field = new TextField(label);
    field.setValue(value);
    field.setPlaceholder("3 days");
    field.setHelperText(helper);
    return field;
  }

  private static IntegerField number(String label, int value, int min, int max, String helper) {
    IntegerField field = new IntegerField(label);
    field.setHelperText(helper);
    field.setValue(value);
    field.setMin(min);
    field.setMax(max);
    field.setStepButtonsVisible(true);
    return field;
  }
}
