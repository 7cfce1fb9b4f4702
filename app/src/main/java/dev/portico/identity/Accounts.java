package dev.portico.identity;

import dev.portico.shared.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Accounts extends JpaRepository<Account, UUID> {

  @Query("select a from Account a where lower(a.email) = lower(:email)")
  Optional<Account> findByEmail(String email);

  Optional<Account> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  List<Account> findByWorkspaceIdAndClientIdOrderByName(UUID workspaceId, UUID clientId);

  List<Account> findByWorkspaceIdAndClientIdIsNullOrderByName(UUID workspaceId);

  boolean existsByEmailIgnoreCase(String email);

  Optional<Account> findFirstByWorkspaceIdAndRoleOrderByCreatedAtAscIdAsc(
      UUID workspaceId, Role role);

  List<Account> findByClientId(UUID clientId);

  /**
   * Staff always; a client contact only while the workspace's portal is switched on and their
   * company is a client (not a lead or a former client).
   */
  @Query(
      value =
          "select count(*) > 0 from account a join workspace w on w.id = a.workspace_id"
              + " left join client c on c.id = a.client_id"
              + " where a.id = :accountId"
              + " and (a.role <> 'CLIENT' or (w.portal_enabled and c.status = 'CLIENT'))",
      nativeQuery = true)
  boolean portalOpenFor(UUID accountId);

  /** Whether the contact's company is a client (LEAD and FORMER companies get no portal). */
  @Query(
      value =
          "select count(*) > 0 from account a join client c on c.id = a.client_id"
              + " where a.id = :accountId and c.status = 'CLIENT'",
      nativeQuery = true)
  boolean ofClientCompany(UUID accountId);

  /** A client company as invitations need it: its name and status (LEAD, CLIENT, FORMER). */
  interface Company {
    String getName();

    String getStatus();
  }

  @Query(
      value =
          "select name, status from client where id = :clientId and workspace_id = :workspaceId",
      nativeQuery = true)
  Optional<Company> company(UUID workspaceId, UUID clientId);

  @Query(
      value =
          "select count(*) > 0 from client where id = :clientId and workspace_id = :workspaceId",
      nativeQuery = true)
  boolean clientExists(UUID workspaceId, UUID clientId);

  /** A client company's name, for people who may see the company. */
  @Query(
      value = "select name from client where id = :clientId and workspace_id = :workspaceId",
      nativeQuery = true)
  Optional<String> clientName(UUID workspaceId, UUID clientId);

  /** Leads of the client company's projects that are not completed. */
  @Query(
      value =
          "select distinct a.email from project p join account a on a.id = p.lead_id"
              + " where p.client_id = :clientId and p.status <> 'COMPLETED'",
      nativeQuery = true)
  List<String> leadEmailsOfClient(UUID clientId);

  @Query(
      value =
          "select w.name from workspace w join account a on a.workspace_id = w.id"
              + " where lower(a.email) = lower(:email)",
      nativeQuery = true)
  Optional<String> workspaceNameOf(String email);
}
