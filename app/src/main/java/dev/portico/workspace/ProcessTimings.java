package dev.portico.workspace;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durations process owners tune without editing a model: when invitations and reviews are
 * reminded and how long they stay open, the revision rounds a review includes, how soon feedback is
 * answered, and when late invoices are reminded. Each flow reads them when it starts, so a change
 * applies to invitations, reviews, feedback and invoices from then on; running ones keep theirs.
 */
@Service
@Transactional(readOnly = true)
public class ProcessTimings {

  static final Duration MIN_REMINDER = Duration.ofHours(1);
  static final Duration MAX_WINDOW = Duration.ofDays(90);
  static final Duration MAX_REVIEW_REMINDER = Duration.ofDays(30);
  static final Duration MAX_DUNNING_OFFSET = Duration.ofDays(365);
  static final int MAX_ROUNDS = 20;
  static final int MAX_DUNNING_REMINDERS = 10;

  /**
   * The form as people write it: durations such as "3 days" or "12 hours" (see {@link Durations}),
   * the dunning schedule as a comma-separated list after the due date ("3, 7, 14 days").
   */
  public record Form(
      String invitationReminder,
      String invitationWindow,
      String reviewReminder,
      String reviewWindow,
      int includedRevisionRounds,
      int feedbackSlaBusinessDays,
      String dunningSchedule) {}

  private final Workspaces workspaces;
  private final AuditTrail audit;
  private final CurrentUser currentUser;

  ProcessTimings(Workspaces workspaces, AuditTrail audit, CurrentUser currentUser) {
    this.workspaces = workspaces;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  /** The current durations, written for people. */
  @PreAuthorize("hasRole('OWNER')")
  public Form current() {
    return formOf(own());
  }

  /**
   * Checks every field (all problems in one message, each naming its field) and saves them
   * together; audited with what changed.
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void change(Form form) {
    Objects.requireNonNull(form, "form");
    List<String> problems = new ArrayList<>();
    Duration invReminder = field(problems, form.invitationReminder(), "Invitation reminder");
    Duration invWindow = field(problems, form.invitationWindow(), "Invitation open for");
    Duration revReminder = field(problems, form.reviewReminder(), "Review reminder");
    Duration revWindow = field(problems, form.reviewWindow(), "Review expected within");
    List<Duration> dunning = schedule(problems, form.dunningSchedule());
    if (invReminder != null && invReminder.compareTo(MIN_REMINDER) < 0) {
      problems.add("Invitation reminder: at least 1 hour.");
    }
    if (invWindow != null
        && (invWindow.compareTo(Duration.ofDays(1)) < 0 || invWindow.compareTo(MAX_WINDOW) > 0)) {
      problems.add("Invitation open for: between 1 and 90 days.");
    }
    if (invReminder != null && invWindow != null && invReminder.compareTo(invWindow) >= 0) {
      problems.add(
          "Invitation reminder: must come before the invitation closes ("
              + Durations.readable(invWindow)
              + ").");
    }
    if (revReminder != null
        && (revReminder.compareTo(MIN_REMINDER) < 0
            || revReminder.compareTo(MAX_REVIEW_REMINDER) > 0)) {
      problems.add("Review reminder: between 1 hour and 30 days.");
    }
    if (revWindow != null
        && (revWindow.compareTo(Duration.ofDays(1)) < 0 || revWindow.compareTo(MAX_WINDOW) > 0)) {
      problems.add("Review expected within: between 1 and 90 days.");
    }
    if (form.includedRevisionRounds() < 0 || form.includedRevisionRounds() > MAX_ROUNDS) {
      problems.add("Revision rounds included: 0 to " + MAX_ROUNDS + ".");
    }
    if (form.feedbackSlaBusinessDays() < 1 || form.feedbackSlaBusinessDays() > 30) {
      problems.add("Feedback answered within: 1 to 30 business days.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(String.join(" ", problems));
    }
    Workspace w = own();
    Form before = formOf(w);
    w.timeProcesses(
        Durations.iso(invReminder),
        Durations.iso(invWindow),
        Durations.iso(revReminder),
        Durations.iso(revWindow),
        form.includedRevisionRounds(),
        String.join(",", dunning.stream().map(Durations::iso).toList()));
    w.answerFeedbackWithin(form.feedbackSlaBusinessDays());
    Form after = formOf(w);
    List<String> changes = changes(before, after);
    if (changes.isEmpty()) {
      return;
    }
    SessionUser me = currentUser.require();
    audit.record(
        w.getId(),
        me.accountId(),
        "Setting changed",
        w.getId(),
        me.name() + " changed process timings: " + String.join("; ", changes));
  }

  private static Duration field(List<String> problems, String text, String what) {
    try {
      return Durations.parse(text, what);
    } catch (ValidationException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private static List<Duration> schedule(List<String> problems, String text) {
    String what = "Payment reminders";
    List<Duration> offsets;
    try {
      offsets = Durations.parseList(text, what);
    } catch (ValidationException e) {
      problems.add(e.getMessage());
      return List.of();
    }
    Duration last = Duration.ZERO;
    for (Duration d : offsets) {
      if (d.compareTo(last) <= 0) {
        problems.add(
            what
                + ": each comes later than the one before, after the due date (e.g. 3, 7, 14 days).");
        return List.of();
      }
      last = d;
    }
    if (last.compareTo(MAX_DUNNING_OFFSET) > 0) {
      problems.add(what + ": the last within 365 days of the due date.");
    }
    if (offsets.size() > MAX_DUNNING_REMINDERS) {
      problems.add(what + ": at most " + MAX_DUNNING_REMINDERS + ".");
    }
    return offsets;
  }

  private static Form formOf(Workspace w) {
    String offsets = w.getDunningReminderOffsets();
    return new Form(
        Durations.readable(w.getInvitationReminderInterval()),
        Durations.readable(w.getInvitationWindow()),
        Durations.readable(w.getReviewReminderInterval()),
        Durations.readable(w.getReviewWindow()),
        w.getIncludedRevisionRounds(),
        w.getFeedbackSlaBusinessDays(),
        offsets == null || offsets.isBlank()
            ? ""
            : String.join(
                ", ",
                Arrays.stream(offsets.split(","))
                    .map(String::trim)
                    .map(Durations::readable)
                    .toList()));
  }

  private static List<String> changes(Form before, Form after) {
    List<String> changes = new ArrayList<>();
    change(changes, "invitation reminder", before.invitationReminder(), after.invitationReminder());
    change(changes, "invitation open for", before.invitationWindow(), after.invitationWindow());
    change(changes, "review reminder", before.reviewReminder(), after.reviewReminder());
    change(changes, "review expected within", before.reviewWindow(), after.reviewWindow());
    change(
        changes,
        "revision rounds included",
        String.valueOf(before.includedRevisionRounds()),
        String.valueOf(after.includedRevisionRounds()));
    change(
        changes,
        "feedback answered within (business days)",
        String.valueOf(before.feedbackSlaBusinessDays()),
        String.valueOf(after.feedbackSlaBusinessDays()));
    change(
        changes,
        "payment reminders",
        before.dunningSchedule().isEmpty() ? "none" : before.dunningSchedule(),
        after.dunningSchedule().isEmpty() ? "none" : after.dunningSchedule());
    return changes;
  }

  private static void change(List<String> changes, String what, String before, String after) {
    if (!before.equals(after)) {
      changes.add(what + " " + before + " → " + after);
    }
  }

  private Workspace own() {
    return workspaces
        .findById(currentUser.require().workspaceId())
        .orElseThrow(() -> new NotFoundException("Workspace"));
  }
}
