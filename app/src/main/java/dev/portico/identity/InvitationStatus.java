package dev.portico.identity;

/** Where an invitation stands; ENDED: accepted, then access ended (expiry or revocation). */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  EXPIRED,
  CANCELLED,
  ENDED
}
