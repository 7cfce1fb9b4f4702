package dev.portico.project;

/** Where an inbox item comes from, so the inbox can say what it is. */
public enum TaskKind {
  /** Work planned in a project by staff. */
  WORK,
  /** A client's feedback, to be answered (feedback-routing). */
  FEEDBACK,
  /** Changes a client asked for on a deliverable (deliverable-review). */
  REVISION,
  /** Something that waited too long, for the workspace owner. */
  ESCALATION,
  /** An unpaid invoice to chase in person (invoice-dunning). */
  PAYMENT_CHASE
}
