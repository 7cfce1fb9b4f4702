package dev.portico.notification;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Contact;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.workspace.BrandedMail;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the client digest: per client company, ONE mail to each contact with portal access listing
 * everything recorded since the last digest, then marks it sent. A scheduled batch, not a process
 * (decision 017).
 *
 * <p>Safe with several instances: a company is handled under a row lock taken with {@code SKIP
 * LOCKED}, so a second instance skips it. Idempotent: the mails are queued in the mail outbox
 * (which retries a failed send) in the same transaction that marks the news sent, so a second run
 * finds nothing and a failure leaves the news pending.
 */
@Service
public class ClientDigests {

  private static final Logger log = LoggerFactory.getLogger(ClientDigests.class);

  private final JdbcClient jdbc;
  private final AccountAccess access;
  private final WorkspaceSettings workspaces;
  private final MailOutbox outbox;
  private final TransactionTemplate tx;
  private final Clock clock;

  ClientDigests(
      JdbcClient jdbc,
      AccountAccess access,
      WorkspaceSettings workspaces,
      MailOutbox outbox,
      TransactionTemplate tx,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.workspaces = workspaces;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  /** Daily by default (17:00 server time); {@code portico.notifications.digest-cron}. */
  @Scheduled(cron = "${portico.notifications.digest-cron:0 0 17 * * *}")
  void onSchedule() {
    int mails = sendDueDigests(clock.instant());
    if (mails > 0) {
      log.info("Client digests: {} mails queued", mails);
    }
  }

  private record Company(UUID workspaceId, UUID clientId) {}

  private record News(UUID id, String projectName, String text) {}

  /**
   * Queues a digest for every company with news that happened up to {@code now}.
   *
   * @return how many mails were queued
   */
  public int sendDueDigests(Instant now) {
    List<Company> due =
        jdbc.sql(
                "select distinct workspace_id, client_id from client_notification"
                    + " where sent_at is null and occurred_at <= ?")
            .param(Timestamp.from(now))
            .query((rs, n) -> new Company(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
            .list();
    int mails = 0;
    for (Company company : due) {
      try {
        mails += tx.execute(s -> send(company, now));
      } catch (RuntimeException e) {
        log.error("Client digest for client {} failed; it stays pending", company.clientId(), e);
      }
    }
    return mails;
  }

  private int send(Company company, Instant now) {
    // Another instance holding the company sends its digest; this one moves on.
    boolean mine =
        jdbc.sql("select id from client where id = ? for no key update skip locked")
            .param(company.clientId())
            .query(UUID.class)
            .optional()
            .isPresent();
    if (!mine) {
      return 0;
    }
    WorkspacePolicy policy = workspaces.policyOf(company.workspaceId());
    if (!policy.clientNotificationsEnabled()) {
      jdbc.sql(
              "delete from client_notification where workspace_id = ? and client_id = ?"
                  + " and sent_at is null")
          .params(company.workspaceId(), company.clientId())
          .update();
      return 0;
    }
    List<News> news =
        jdbc.sql(
                "select n.id, p.name, n.text from client_notification n"
                    + " join project p on p.id = n.project_id"
                    + " where n.workspace_id = ? and n.client_id = ? and n.sent_at is null"
                    + " and n.occurred_at <= ? order by p.name, n.occurred_at, n.id for update of n")
            .params(company.workspaceId(), company.clientId(), Timestamp.from(now))
            .query(
                (rs, n) -> new News(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .list();
    if (news.isEmpty()) {
      return 0;
    }
    // Contacts who may use the portal now: the company is a client, access neither revoked nor
    // expired. News for nobody is dropped: the portal shows the same progress.
    List<Contact> readers =
        access.contactsOf(company.clientId()).stream()
            .filter(Contact::portalAccess)
            .filter(c -> access.stillAllowed(c.id()))
            .toList();
    String batch = news.getFirst().id().toString();
    for (Contact reader : readers) {
      outbox.enqueue("client-digest:" + batch + ":" + reader.id(), mail(reader, policy, news));
    }
    jdbc.sql("update client_notification set sent_at = :at where id in (:ids)")
        .param("at", Timestamp.from(clock.instant()))
        .param("ids", news.stream().map(News::id).toList())
        .update();
    log.info(
        "Client {}: digest of {} updates queued for {} contacts",
        company.clientId(),
        news.size(),
        readers.size());
    return readers.size();
  }

  private Mail mail(Contact reader, WorkspacePolicy policy, List<News> news) {
    String agency = policy.branding().agencyName();
    String lines =
        news.stream()
            .map(n -> "• " + n.projectName() + " — " + n.text())
            .collect(Collectors.joining("\n"));
    return BrandedMail.toClient(
        reader.email(),
        reader.name(),
        policy.branding(),
        "Updates on your projects at " + agency,
        List.of(
            news.size() == 1
                ? "Here is what moved forward in your projects since our last update:"
                : "Here are the "
                    + news.size()
                    + " things that moved forward in your projects"
                    + " since our last update:",
            lines),
        policy.portalLink("/portal"),
        "See your projects",
        List.of());
  }
}
