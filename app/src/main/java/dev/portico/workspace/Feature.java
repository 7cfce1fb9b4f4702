package dev.portico.workspace;

import java.util.Arrays;
import java.util.List;

/**
 * The plan matrix: every feature a plan may or may not include, each naming the smallest plan that
 * has it. Services check {@link WorkspacePolicy#allows(Feature)} or {@link
 * WorkspacePolicy#require(Feature)} on the server; the console reads the same matrix to show what a
 * higher plan unlocks.
 */
public enum Feature {
  /** Invoices, online payment through Stripe Checkout, manual payments, dunning: every plan. */
  INVOICES(
      Plan.STARTER,
      "Invoices and online payment",
      "Invoices in the portal, paid online or by transfer, with reminders when they are late."),
  /** The portal logo: every plan (the rest of the branding is {@link #FULL_BRANDING}). */
  LOGO(Plan.STARTER, "Portal logo", "Your logo on the client portal and in client mails."),
  /**
   * Clients approve deliverables or ask for changes; on Starter they see them read-only and staff
   * hear from them elsewhere.
   */
  DELIVERABLE_APPROVALS(
      Plan.GROWTH,
      "Deliverable approvals",
      "Clients approve deliverables or send them back with feedback; approved work is locked."),
  /** The portal's Feedback tab, routed to the team's inbox. */
  FEEDBACK(
      Plan.GROWTH,
      "Client feedback",
      "A Feedback tab in the portal whose messages land in the project lead's inbox."),
  /** Accent colour, welcome message and support email of the portal and mails (decision 020). */
  FULL_BRANDING(
      Plan.GROWTH,
      "Full branding",
      "Accent colour, welcome message and support email on the portal and in client mails."),
  /** The client portal at the agency's or client's own domain (decision 022). */
  CUSTOM_DOMAIN(
      Plan.GROWTH,
      "Custom domain",
      "The portal, sign-in links and mails at your own subdomain, with automatic TLS.");

  private final Plan smallestPlan;
  private final String label;
  private final String description;

  Feature(Plan smallestPlan, String label, String description) {
    this.smallestPlan = smallestPlan;
    this.label = label;
    this.description = description;
  }

  public boolean includedIn(Plan plan) {
    return plan.compareTo(smallestPlan) >= 0;
  }

  /** The smallest plan that includes the feature. */
  public Plan smallestPlan() {
    return smallestPlan;
  }

  /** "every plan", "the Growth and Scale plans", "the Scale plan". */
  public String plans() {
    List<String> names =
        Arrays.stream(Plan.values()).filter(this::includedIn).map(Plan::label).toList();
    if (names.size() == Plan.values().length) {
      return "every plan";
    }
    return names.size() == 1
        ? "the " + names.getFirst() + " plan"
        : "the "
            + String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.getLast()
            + " plans";
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
