package dev.portico.client;

import java.time.Instant;
import java.util.UUID;

/** A client contact as the staff console shows it. */
public record ContactSummary(
    UUID id,
    String name,
    String email,
    String jobTitle,
    Instant accessExpiresAt,
    boolean revoked) {}
