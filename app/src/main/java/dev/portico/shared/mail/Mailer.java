package dev.portico.shared.mail;

/** Sends mail: over SMTP in production, into the dev mailbox in the embedded default. */
public interface Mailer {

  void send(Mail mail);
}
