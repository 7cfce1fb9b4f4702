package dev.portico.workspace;

/** A feature a plan may or may not include; each names the smallest plan that has it. */
public enum Feature {
  /** Invoices, online and manual payments, dunning: every plan. */
  INVOICES(Plan.STARTER),
  /** The portal's Feedback tab, routed to the team's inbox: Growth and Scale. */
  FEEDBACK(Plan.GROWTH),
  /** Accent colour, welcome message and support email of the portal and mails (decision 020). */
  FULL_BRANDING(Plan.GROWTH),
  /** The client portal at the agency's or client's own domain (decision 022). */
  CUSTOM_DOMAIN(Plan.GROWTH);

  private final Plan smallestPlan;

  Feature(Plan smallestPlan) {
    this.smallestPlan = smallestPlan;
  }

  boolean includedIn(Plan plan) {
    return plan.compareTo(smallestPlan) >= 0;
  }
}
