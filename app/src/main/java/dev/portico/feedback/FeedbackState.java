package dev.portico.feedback;

/** Where a client's feedback stands, as the client sees it. */
public enum FeedbackState {
  /** With the agency; nobody has taken it up yet. */
  RECEIVED,
  /** Someone is on it (or has replied without closing it). */
  IN_PROGRESS,
  /** Answered and handled. */
  ANSWERED
}
