package dev.portico.client;

import java.util.UUID;

/** A client company as the staff console lists it. */
public record ClientSummary(
    UUID id,
    String name,
    String website,
    String internalNotes,
    ClientStatus status,
    int contacts) {}
