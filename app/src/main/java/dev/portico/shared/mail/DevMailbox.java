package dev.portico.shared.mail;

import dev.portico.shared.PorticoProperties;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's mail transport: keeps the last mails in memory for the dev mailbox page
 * and logs each one, so the demo signs in without a mail server. Never used with {@code
 * portico.mail.mode=smtp}.
 */
public class DevMailbox implements Mailer {

  private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);
  private static final int KEEP = 200;

  private final Deque<CapturedMail> mails = new ArrayDeque<>();
  private final AtomicLong counter = new AtomicLong();
  private final PorticoProperties properties;
  private final Clock clock;

  public DevMailbox(PorticoProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public synchronized void send(Mail mail) {
    var captured =
        new CapturedMail(
            counter.incrementAndGet(), clock.instant(), properties.mail().from(), mail);
    mails.addFirst(captured);
    while (mails.size() > KEEP) {
      mails.removeLast();
    }
    log.info(
        "Mail captured for the dev mailbox ({}/dev/mailbox) to {}: {}",
        properties.baseUrl(),
        mail.to(),
        mail.subject());
  }

  /** Newest first. */
  public synchronized List<CapturedMail> mails() {
    return List.copyOf(mails);
  }

  /** A kept mail by its number, if it is still kept. */
  public synchronized Optional<CapturedMail> mail(long number) {
    return mails.stream().filter(m -> m.number() == number).findFirst();
  }

  public synchronized List<CapturedMail> mailsTo(String address) {
    return mails.stream().filter(m -> m.mail().to().equalsIgnoreCase(address)).toList();
  }
}
