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

  /** Staff always; a client contact only while the workspace's portal is switched on. */
  @Query(
      value =
          "select count(*) > 0 from account a join workspace w on w.id = a.workspace_id"
              + " where a.id = :accountId and (a.role <> 'CLIENT' or w.portal_enabled)",
      nativeQuery = true)
  boolean portalOpenFor(UUID accountId);

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
