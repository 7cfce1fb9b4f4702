package dev.portico.shared.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails that must go out exactly once: queued in the same transaction as the state change that
 * causes them, under a key that makes a second queueing (a retried job) a no-op; sent by a
 * dispatcher. Bodies and attachments are cleared once sent, so sign-in links and invoices do not
 * stay at rest here.
 */
@Service
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
  private static final int MAX_ATTEMPTS = 10;

  private final JdbcClient jdbc;
  private final Mailer mailer;
  private final Clock clock;
  private final TransactionTemplate tx;

  MailOutbox(JdbcClient jdbc, Mailer mailer, Clock clock, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.mailer = mailer;
    this.clock = clock;
    this.tx = tx;
  }

  /**
   * @return whether the mail was queued now (false: this key was queued before)
   */
  @Transactional
  public boolean enqueue(String dedupKey, Mail mail) {
    UUID id = UUID.randomUUID();
    boolean queued =
        jdbc.sql(
                    "insert into outbox_mail (id, dedup_key, recipient, subject, text_body, html_body, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing")
                .params(
                    id,
                    dedupKey,
                    mail.to(),
                    mail.subject(),
                    mail.text(),
                    mail.html(),
                    Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (queued) {
      int position = 0;
      for (Mail.Attachment a : mail.attachments()) {
        jdbc.sql(
                "insert into outbox_mail_attachment (mail_id, position, file_name, content_type, content)"
                    + " values (?, ?, ?, ?, ?)")
            .params(id, ++position, a.fileName(), a.contentType(), a.content())
            .update();
      }
    }
    return queued;
  }

  /**
   * Sends what is queued; each mail in its own transaction, locked so two senders never overlap.
   */
  @Scheduled(fixedDelayString = "${portico.mail.outbox-interval:PT0.5S}")
  public void dispatch() {
    List<UUID> due =
        jdbc.sql(
                "select id from outbox_mail where sent_at is null and attempts < ? order by created_at limit 50")
            .param(MAX_ATTEMPTS)
            .query(UUID.class)
            .list();
    due.forEach(id -> tx.executeWithoutResult(status -> sendOne(id)));
  }

  private void sendOne(UUID id) {
    jdbc.sql(
            "select recipient, subject, text_body, html_body, dedup_key from outbox_mail"
                + " where id = ? and sent_at is null for update skip locked")
        .param(id)
        .query(
            (rs, n) ->
                new Object[] {
                  new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                  rs.getString(5)
                })
        .optional()
        .ifPresent(
            row -> {
              Mail mail = withAttachments(id, (Mail) row[0]);
              try {
                mailer.send(mail);
                jdbc.sql(
                        "update outbox_mail set sent_at = ?, text_body = null, html_body = null where id = ?")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
                jdbc.sql("delete from outbox_mail_attachment where mail_id = ?").param(id).update();
              } catch (RuntimeException e) {
                log.warn("Outbox mail {} to {} failed; will retry", row[1], mail.to(), e);
                jdbc.sql(
                        "update outbox_mail set attempts = attempts + 1, last_error = ? where id = ?")
                    .params(String.valueOf(e.getMessage()), id)
                    .update();
              }
            });
  }

  private Mail withAttachments(UUID id, Mail mail) {
    List<Mail.Attachment> attachments =
        jdbc.sql(
                "select file_name, content_type, content from outbox_mail_attachment"
                    + " where mail_id = ? order by position")
            .param(id)
            .query((rs, n) -> new Mail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .list();
    return attachments.isEmpty()
        ? mail
        : new Mail(mail.to(), mail.subject(), mail.text(), mail.html(), attachments);
  }
}
