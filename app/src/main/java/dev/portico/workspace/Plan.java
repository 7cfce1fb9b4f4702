package dev.portico.workspace;

/** Plan tiers; features check the tier they need. */
public enum Plan {
  STARTER,
  GROWTH,
  SCALE
}
