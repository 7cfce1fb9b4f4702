package dev.portico.workspace;

/** Where a workspace's custom domain stands (decision 022). */
public enum DomainState {
  /** Entered; nobody asked to verify it yet. */
  NONE,
  /** The first check failed; the domain-verification process retries on a schedule. */
  PENDING,
  /** Points at Portico: serves the workspace's portal. */
  VERIFIED,
  /** The retries gave up; the owner may fix the record and verify again. */
  FAILED
}
