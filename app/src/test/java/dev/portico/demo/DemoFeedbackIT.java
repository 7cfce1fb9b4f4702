package dev.portico.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.portico.identity.AccountAccess;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.InboxItem;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeded demo shows the inbox: Alex's feedback on the website waits in Sam's inbox. */
@IntegrationTest
class DemoFeedbackIT {

  @Autowired DemoData demo;
  @Autowired DemoWork work;
  @Autowired AccountAccess access;
  @Autowired TaskWork tasks;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void alexsFeedbackWaitsInSamsInboxOnce() {
    demo.seedOnce();
    assertThat(work.feedbackOnce()).isTrue();
    assertThat(work.feedbackOnce()).as("sent once").isFalse();

    Fixtures.signIn(access.signInAllowed(DemoData.STAFF_EMAIL).orElseThrow());
    List<InboxItem> feedback =
        await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> tasks.inbox().stream().filter(i -> i.kind() == TaskKind.FEEDBACK).toList(),
                items -> !items.isEmpty());
    assertThat(feedback)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.title()).isEqualTo("Feedback from Alex Client");
              assertThat(i.projectName()).isEqualTo(DemoData.WEBSITE_PROJECT);
              assertThat(i.message()).contains("prices including VAT", "bigger?");
            });
  }
}
