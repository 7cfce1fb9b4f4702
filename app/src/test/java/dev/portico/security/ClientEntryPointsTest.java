package dev.portico.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.security.ClientEntryPoints.EntryPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every service method a client can call says whether it acts in the client's name ({@code
 * ClientAction}, refused while staff view the portal as the contact) or only reads ({@code
 * ClientRead}), so a new client action cannot be forgotten by the view-as guard.
 */
class ClientEntryPointsTest {

  @Test
  void everyMethodAClientCanCallIsEitherAnActionOrARead() {
    List<EntryPoint> clients = ClientEntryPoints.forClients();
    assertThat(clients).extracting(EntryPoint::name).contains("DeliverableReview.approve");
    assertThat(clients)
        .as("client entry points marked neither @ClientAction nor @ClientRead, or both")
        .filteredOn(e -> e.action() == e.read())
        .isEmpty();
  }

  @Test
  void aClientMethodThatMayWriteToTheDatabaseIsAnAction() {
    assertThat(ClientEntryPoints.forClients())
        .as("client entry points in a writable transaction that are not @ClientAction")
        .filteredOn(e -> e.writableTransaction() && !e.action())
        .isEmpty();
  }

  @Test
  void theMarksAreOnlyWhereAClientCanCall() {
    assertThat(ClientEntryPoints.all())
        .as("@ClientAction or @ClientRead on a method no client can call")
        .filteredOn(e -> (e.action() || e.read()) && !e.clientMayCall())
        .isEmpty();
  }

  @Test
  void theClientActionsAreTheOnesThatDecidePaySendOrReply() {
    assertThat(ClientEntryPoints.actions())
        .containsExactlyInAnyOrder(
            "ClientFeedback.send",
            "DeliverableReview.approve",
            "DeliverableReview.requestChanges",
            "InvoiceCheckout.start",
            "PortalProjects.reply",
            "PortalTasks.reply",
            "SharedFileDownloads.open");
  }
}
