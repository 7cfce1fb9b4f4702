package dev.portico.shared.mail;

import java.time.Instant;

/** A mail kept by the dev mailbox instead of being sent. */
public record CapturedMail(long number, Instant sentAt, String from, Mail mail) {}
