package dev.portico.shared.security;

import java.io.Serializable;
import java.util.UUID;

/** Who is signed in, as every service sees it; kept in the session. */
public record SessionUser(
    UUID accountId, UUID workspaceId, UUID clientId, Role role, String email, String name)
    implements Serializable {

  public boolean isStaff() {
    return role.isStaff();
  }

  public boolean isClient() {
    return role == Role.CLIENT;
  }
}
