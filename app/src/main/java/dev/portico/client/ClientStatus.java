package dev.portico.client;

/**
 * Where a company stands with the agency. Only contacts of a {@link #CLIENT} may be invited to the
 * portal or sign in; leaving CLIENT ends its contacts' access (decision 017).
 */
public enum ClientStatus {
  LEAD("Lead"),
  CLIENT("Client"),
  FORMER("Former client");

  private final String label;

  ClientStatus(String label) {
    this.label = label;
  }

  /** The staff-facing word. */
  public String label() {
    return label;
  }
}
