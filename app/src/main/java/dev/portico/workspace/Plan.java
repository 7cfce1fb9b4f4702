package dev.portico.workspace;

import java.util.Arrays;
import java.util.List;

/** Plan tiers, smallest first; {@link Feature} says which feature each includes. */
public enum Plan {
  STARTER("Starter"),
  GROWTH("Growth"),
  SCALE("Scale");

  private final String label;

  Plan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The features this plan includes, in the matrix's order. */
  public List<Feature> features() {
    return Arrays.stream(Feature.values()).filter(f -> f.includedIn(this)).toList();
  }

  /** What moving from this plan to {@code other} adds (empty for the same or a smaller plan). */
  public List<Feature> unlockedBy(Plan other) {
    return other.features().stream().filter(f -> !f.includedIn(this)).toList();
  }
}
