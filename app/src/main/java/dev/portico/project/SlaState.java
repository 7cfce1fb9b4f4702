package dev.portico.project;

/** Where an inbox item stands against the time the client should have an answer by. */
public enum SlaState {
  /** No answer time (planned work, revisions, escalations). */
  NONE,
  /** More than a quarter of the answer time left. */
  ON_TIME,
  /** Less than a quarter of the answer time left. */
  DUE_SOON,
  /** Answer time passed; the owner has been or is being told. */
  OVERDUE,
  /** Done. */
  MET
}
