package dev.portico.shared.security;

/** Who someone is to a workspace. OWNER is a staff member who also runs the workspace. */
public enum Role {
  OWNER,
  STAFF,
  CLIENT;

  public boolean isStaff() {
    return this != CLIENT;
  }
}
