package dev.portico.identity;

/** A client contact's portal access. Staff accounts are always ACTIVE. */
public enum PortalStatus {
  NOT_INVITED,
  INVITED,
  ACTIVE,
  EXPIRED,
  REVOKED
}
