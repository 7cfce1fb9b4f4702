package dev.portico.shared.security;

/**
 * Role names for {@code @RolesAllowed} on views and {@code hasRole(...)} on services. Every OWNER
 * also has STAFF.
 */
public final class Roles {

  public static final String OWNER = "OWNER";
  public static final String STAFF = "STAFF";
  public static final String CLIENT = "CLIENT";

  private Roles() {}
}
