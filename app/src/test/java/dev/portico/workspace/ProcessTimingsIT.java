package dev.portico.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ProcessTimingsIT {

  @Autowired Fixtures fixtures;
  @Autowired ProcessTimings timings;
  @Autowired WorkspaceSettings settings;
  @Autowired AuditTrail audit;

  Agency a;

  @BeforeEach
  void agency() {
    a = fixtures.agency("T");
    Fixtures.signIn(a.owner());
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void theDefaultsReadAsPeopleWriteThem() {
    assertThat(timings.current())
        .isEqualTo(
            new ProcessTimings.Form(
                "3 days", "14 days", "2 days", "7 days", 2, 1, "3 days, 7 days, 14 days"));
  }

  @Test
  void ownerRetimesEveryProcessTheModelsReadItAndTheChangeIsAudited() {
    timings.change(
        new ProcessTimings.Form("1 day", "1 week", "12h", "5 days", 3, 2, "1, 5, 10 days"));

    WorkspacePolicy policy = settings.policyOf(a.workspaceId());
    assertThat(policy.reminderInterval()).isEqualTo("P1D");
    assertThat(policy.invitationWindow()).isEqualTo("P7D");
    assertThat(policy.reviewReminderInterval()).isEqualTo("PT12H");
    assertThat(policy.reviewWindow()).isEqualTo("P5D");
    assertThat(policy.includedRevisionRounds()).isEqualTo(3);
    assertThat(policy.feedbackSlaBusinessDays()).isEqualTo(2);
    assertThat(policy.dunningReminderOffsets()).containsExactly("P1D", "P5D", "P10D");
    assertThat(timings.current().dunningSchedule()).isEqualTo("1 day, 5 days, 10 days");
    assertThat(
            audit.about(a.workspaceId(), List.of(a.workspaceId())).stream()
                .map(AuditTrail.Entry::detail)
                .toList())
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("Owner T changed process timings: ")
                    .contains("invitation reminder 3 days → 1 day")
                    .contains("review reminder 2 days → 12 hours")
                    .contains(
                        "payment reminders 3 days, 7 days, 14 days → 1 day, 5 days, 10 days"));
  }

  @Test
  void everyProblemIsNamedAtOnceAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                timings.change(
                    new ProcessTimings.Form("soon", "200 days", "10 minutes", "", 21, 0, "7, 3")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Invitation reminder: \"soon\" is not a duration")
        .hasMessageContaining("Invitation open for: between 1 and 90 days.")
        .hasMessageContaining("Review expected within: enter a duration")
        .hasMessageContaining("Revision rounds included: 0 to 20.")
        .hasMessageContaining("Feedback answered within: 1 to 30 business days.")
        .hasMessageContaining("Payment reminders: each comes later than the one before");

    assertThatThrownBy(
            () ->
                timings.change(
                    new ProcessTimings.Form("20 days", "14 days", "2 days", "7 days", 2, 1, "")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invitation reminder: must come before the invitation closes (14 days).");

    assertThat(timings.current().invitationReminder()).isEqualTo("3 days");
  }

  @Test
  void anEmptyDunningScheduleEscalatesAtOnce() {
    timings.change(new ProcessTimings.Form("3 days", "14 days", "2 days", "7 days", 2, 1, " "));
    assertThat(settings.policyOf(a.workspaceId()).dunningReminderOffsets()).isEmpty();
  }

  @Test
  void onlyOwners() {
    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> timings.current()).isInstanceOf(AuthorizationDeniedException.class);
  }
}
