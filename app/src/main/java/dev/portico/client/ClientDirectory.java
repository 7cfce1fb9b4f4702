package dev.portico.client;

import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.Emails;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Staff manage client companies and their contacts, always within their own workspace. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class ClientDirectory {

  private final Clients clients;
  private final ClientRows rows;
  private final Accounts accounts;
  private final ClientInvitations invitations;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  ClientDirectory(
      Clients clients,
      ClientRows rows,
      Accounts accounts,
      ClientInvitations invitations,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.clients = clients;
    this.rows = rows;
    this.accounts = accounts;
    this.invitations = invitations;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Sort key of {@link #page}: the company's name (the default). */
  public static final String SORT_NAME = "name";

  /** Every company of the workspace, by name (for choosers; the staff list pages). */
  public List<ClientSummary> list() {
    return rows.page(workspaceId(), null, Pageable.unpaged(Sort.by(SORT_NAME)));
  }

  /**
   * One page of the workspace's companies, only those in {@code status} unless it is null, sorted
   * by {@link #SORT_NAME} (the default when {@code page} is unsorted).
   *
   * @throws IllegalArgumentException when asked to sort by anything else
   */
  public List<ClientSummary> page(ClientStatus status, Pageable page) {
    return rows.page(workspaceId(), status, page);
  }

  /** How many companies {@link #page} pages through. */
  public int count(ClientStatus status) {
    return rows.count(workspaceId(), status);
  }

  /** Names of the workspace's clients among {@code clientIds} (others are left out). */
  public java.util.Map<UUID, String> names(java.util.Collection<UUID> clientIds) {
    UUID workspaceId = workspaceId();
    return clients
        .findAllById(clientIds.stream().filter(java.util.Objects::nonNull).toList())
        .stream()
        .filter(c -> c.getWorkspaceId().equals(workspaceId))
        .collect(java.util.stream.Collectors.toMap(Client::getId, Client::getName));
  }

  public ClientSummary get(UUID clientId) {
    Client client = find(clientId);
    return summary(client, contacts(clientId).size());
  }

  @Transactional
  public UUID create(@Valid ClientForm form) {
    UUID workspaceId = workspaceId();
    requireFreeName(workspaceId, form.name(), new UUID(0, 0));
    Client client =
        new Client(
            workspaceId,
            form.name(),
            blankToNull(form.website()),
            blankToNull(form.internalNotes()),
            clock.instant());
    client.changeStatus(form.statusOrDefault());
    return clients.save(client).getId();
  }

  /**
   * Saves the company's details and status. A status change is audited; leaving Client (to Lead or
   * Former client) ends the portal access of all its contacts at once (decision 017).
   */
  @Transactional
  public void update(UUID clientId, @Valid ClientForm form) {
    Client client = clients.lockById(clientId).orElse(null);
    if (client == null || !client.getWorkspaceId().equals(workspaceId())) {
      throw new NotFoundException("Client");
    }
    requireFreeName(client.getWorkspaceId(), form.name(), clientId);
    client.update(form.name(), blankToNull(form.website()), blankToNull(form.internalNotes()));
    ClientStatus status = form.status() == null ? client.getStatus() : form.status();
    ClientStatus before = client.changeStatus(status);
    if (before == status) {
      return;
    }
    SessionUser me = currentUser.require();
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Status changed",
        clientId,
        me.name()
            + " changed "
            + client.getName()
            + " from "
            + before.label()
            + " to "
            + status.label());
    if (before == ClientStatus.CLIENT) {
      invitations.endAccessOfCompany(
          clientId,
          client.getName()
              + (status == ClientStatus.FORMER ? " became a former client" : " became a lead"));
    }
  }

  public List<ContactSummary> contacts(UUID clientId) {
    Client client = find(clientId);
    return accounts
        .findByWorkspaceIdAndClientIdOrderByName(client.getWorkspaceId(), clientId)
        .stream()
        .map(ClientDirectory::contactSummary)
        .toList();
  }

  @Transactional
  public UUID addContact(UUID clientId, @Valid ContactForm form) {
    Client client = find(clientId);
    if (accounts.existsByEmailIgnoreCase(Emails.normalize(form.email()))) {
      throw new ValidationException(
          "Someone with the email " + Emails.normalize(form.email()) + " already has an account.");
    }
    Account contact =
        Account.contact(
            client.getWorkspaceId(), clientId, form.email(), form.name(), clock.instant());
    contact.update(form.name(), blankToNull(form.jobTitle()));
    return accounts.save(contact).getId();
  }

  private Client find(UUID clientId) {
    return clients
        .findByIdAndWorkspaceId(clientId, workspaceId())
        .orElseThrow(() -> new NotFoundException("Client"));
  }

  private void requireFreeName(UUID workspaceId, String name, UUID exceptId) {
    if (clients.nameTaken(workspaceId, name.trim(), exceptId)) {
      throw new ValidationException("A client named " + name.trim() + " already exists.");
    }
  }

  private UUID workspaceId() {
    return currentUser.require().workspaceId();
  }

  private static ClientSummary summary(Client c, int contacts) {
    return new ClientSummary(
        c.getId(), c.getName(), c.getWebsite(), c.getInternalNotes(), c.getStatus(), contacts);
  }

  private static ContactSummary contactSummary(Account a) {
    return new ContactSummary(
        a.getId(),
        a.getName(),
        a.getEmail(),
        a.getJobTitle(),
        a.getAccessExpiresAt(),
        a.getAccessRevokedAt() != null);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
