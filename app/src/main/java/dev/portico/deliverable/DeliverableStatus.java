package dev.portico.deliverable;

/** SHARED: shown read-only (Starter plan). APPROVED: locked for good. */
public enum DeliverableStatus {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  SHARED
}
