package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Owners resume the flows an engine lost; flows it still runs are never started twice. */
@IntegrationTest
class FlowResumptionIT {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired Fixtures fixtures;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired EngineOperations operations;
  @Autowired CamundaClient engine;
  @Autowired DevMailbox mailbox;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void resumingStartsOnlyTheFlowTheEngineLostAndItContinuesFromItsWaitingPoint() {
    Agency a = fixtures.agency("R");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Banner", null, null, null));
    UUID v1 = library.upload(id, "banner.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    long first = await().atMost(Duration.ofSeconds(20)).until(() -> instanceOf(id), k -> k != null);
    await().atMost(Duration.ofSeconds(10)).until(() -> reviewMails(a) == 1);

    Fixtures.signIn(a.owner());
    operations.resumeMissingFlows();
    assertThat(starts(id)).as("the engine still runs the review: no second start").isEqualTo(1);

    // The instance is lost (an operator cancelled it, or the engine lost it).
    engine.newCancelInstanceCommand(first).send().join();
    operations.resumeMissingFlows();
    assertThat(starts(id)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select start_before from engine_command where business_key = ?"
                        + " and kind = 'CREATE_INSTANCE' order by created_at desc, start_before"
                        + " nulls last limit 1")
                .param(id.toString())
                .query(String.class)
                .single())
        .isEqualTo(DeliverableReviewProcess.NOTIFY_CLIENT);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> instanceOf(id), k -> k != null && k != first);

    Fixtures.signIn(a.clientOf1());
    review.approve(id, v1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mailbox.mailsTo(a.staff().email()).stream()
                    .filter(m -> m.mail().subject().equals("Approved: Banner"))
                    .count(),
            n -> n == 1);
    assertThat(reviewMails(a))
        .as("the client is not asked twice for the same version")
        .isEqualTo(1);
  }

  private long reviewMails(Agency a) {
    return mailbox.mailsTo(a.clientOf1().email()).stream()
        .filter(m -> m.mail().subject().equals("Banner is ready for your review"))
        .count();
  }

  private Long instanceOf(UUID deliverableId) {
    return jdbc.sql(
            "select instance_key from engine_flow where process_id = ? and business_key = ?")
        .params(DeliverableReviewProcess.ID, deliverableId.toString())
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private int starts(UUID deliverableId) {
    return jdbc.sql(
            "select count(*) from engine_command where kind = 'CREATE_INSTANCE' and business_key = ?")
        .param(deliverableId.toString())
        .query(Integer.class)
        .single();
  }
}
