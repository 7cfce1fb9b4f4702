package dev.portico.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.ContactAccess;
import dev.portico.identity.ContactAccess.State;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.InviteForm;
import dev.portico.identity.SignInLinkRequest;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * Lead, Client, Former client: only a client's contacts are invited or sign in, and a company that
 * stops being a client takes its contacts' access with it, on the record.
 */
@IntegrationTest
class CompanyStatusIT {

  @Autowired Fixtures fixtures;
  @Autowired ClientDirectory directory;
  @Autowired ClientInvitations invitations;
  @Autowired AccountAccess access;
  @Autowired HashedOneTimeTokenService tokens;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void aNewCompanyIsAClientUnlessStaffPickLead() {
    Agency a = fixtures.agency("S");
    Fixtures.signIn(a.staff());
    UUID plain = directory.create(new ClientForm("Plain " + UUID.randomUUID(), null, null));
    UUID lead =
        directory.create(
            new ClientForm("Prospect " + UUID.randomUUID(), null, null, ClientStatus.LEAD));

    assertThat(directory.get(plain).status()).isEqualTo(ClientStatus.CLIENT);
    assertThat(directory.get(lead).status()).isEqualTo(ClientStatus.LEAD);
    assertThat(directory.get(a.client1()).status())
        .as("companies from before statuses existed")
        .isEqualTo(ClientStatus.CLIENT);
  }

  @Test
  void aLeadsContactsCannotBeInvitedAndGetNoSignInLink() {
    Agency a = fixtures.agency("L");
    Fixtures.signIn(a.staff());
    String name = "Prospect " + UUID.randomUUID().toString().substring(0, 8);
    UUID lead = directory.create(new ClientForm(name, null, null, ClientStatus.LEAD));

    assertThatThrownBy(
            () ->
                invitations.invite(
                    lead, new InviteForm("p-" + UUID.randomUUID() + "@x.test", null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            name
                + " is a lead, not a client yet: change its status to Client to invite its"
                + " contacts.");
    assertThat(invitations.access(lead)).as("nobody was created").isEmpty();

    // A contact with access whose company is (somehow) a lead: no link, no session.
    String email = a.clientOf1().email();
    jdbc.sql("update client set status = 'LEAD' where id = ?").param(a.client1()).update();
    assertThat(linkFor(email, "10.7.0.1").deliverable()).isFalse();
    assertThat(access.signInAllowed(email)).isEmpty();
    assertThat(access.stillAllowed(a.clientOf1().accountId())).isFalse();

    jdbc.sql("update client set status = 'CLIENT' where id = ?").param(a.client1()).update();
    assertThat(access.signInAllowed(email)).as("the status was the only reason").isPresent();
  }

  @Test
  void aFormerClientsContactsLoseAccessAtOnceAndMustBeInvitedAgain() {
    Agency a = fixtures.agency("Q");
    Fixtures.signIn(a.staff());
    String invitee = "pending-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    invitations.invite(a.client1(), new InviteForm(invitee, "Penny Pending", null));
    String contact = a.clientOf1().email();
    var link = linkFor(contact, "10.7.0.2");
    assertThat(link.deliverable()).isTrue();

    directory.update(
        a.client1(), new ClientForm("Client Q1", null, "internal", ClientStatus.FORMER));

    assertThat(directory.get(a.client1()).status()).isEqualTo(ClientStatus.FORMER);
    assertThat(access.stillAllowed(a.clientOf1().accountId()))
        .as("the open session ends on its next request")
        .isFalse();
    assertThat(access.signInAllowed(contact)).isEmpty();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(link.getTokenValue())))
        .as("a link mailed before")
        .isNull();
    assertThat(linkFor(contact, "10.7.0.3").deliverable()).as("a new link").isFalse();
    Map<String, State> states =
        invitations.access(a.client1()).stream()
            .collect(Collectors.toMap(ContactAccess::email, ContactAccess::state));
    assertThat(states)
        .containsEntry(contact, State.REVOKED)
        .containsEntry(invitee, State.NOT_INVITED);
    assertThat(
            jdbc.sql(
                    "select i.status from invitation i join account c on c.id = i.contact_id"
                        + " where c.email = ?")
                .param(invitee)
                .query(String.class)
                .single())
        .isEqualTo("CANCELLED");
    assertThat(
            jdbc.sql(
                    "select message_name from engine_command where process_id = 'client-invitation'"
                        + " and workspace_id = ? and message_name is not null")
                .param(a.workspaceId())
                .query(String.class)
                .list())
        .as("the invitation flow hears of it through the outbox")
        .contains("invitation-cancelled");
    assertThat(invitations.auditTrail(a.client1()))
        .extracting(AuditTrail.Entry::action, AuditTrail.Entry::detail)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Status changed", "Staff Q changed Client Q1 from Client to Former client"),
            org.assertj.core.groups.Tuple.tuple(
                "Access revoked",
                "Client Q1 became a former client: portal access of " + contact + " ended"),
            org.assertj.core.groups.Tuple.tuple(
                "Invitation cancelled",
                "Client Q1 became a former client: the invitation of " + invitee));
    assertThat(access.stillAllowed(a.clientOf2().accountId()))
        .as("the other company's contact")
        .isTrue();

    assertThatThrownBy(() -> invitations.invite(a.client1(), new InviteForm(contact, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Client Q1 is a former client");

    directory.update(
        a.client1(), new ClientForm("Client Q1", null, "internal", ClientStatus.CLIENT));
    assertThat(access.signInAllowed(contact))
        .as("back to Client does not let anyone in by itself")
        .isEmpty();
    assertThat(invitations.invite(a.client1(), new InviteForm(contact, null, null)))
        .isEqualTo(ClientInvitations.Outcome.SENT);
  }

  @Test
  void aCompanyFromAnotherWorkspaceIsNotFound() {
    Agency a = fixtures.agency("T");
    Agency b = fixtures.agency("U");
    Fixtures.signIn(a.staff());
    assertThatThrownBy(
            () ->
                directory.update(
                    b.client1(), new ClientForm("Client U1", null, null, ClientStatus.FORMER)))
        .isInstanceOf(dev.portico.shared.NotFoundException.class);
    assertThat(access.stillAllowed(b.clientOf1().accountId())).isTrue();
  }

  private HashedOneTimeTokenService.IssuedToken linkFor(String email, String address) {
    return tokens.generate(
        new SignInLinkRequest(email, HashedOneTimeTokenService.MAX_TTL, address));
  }
}
