package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.workspace.CustomDomainSettings;
import dev.portico.workspace.DomainState;
import dev.portico.workspace.DomainStatus;
import org.springframework.core.annotation.Order;

/**
 * "Custom domain": the portal at an address of the agency's or client's (Growth and Scale). The
 * owner enters a subdomain, creates the CNAME record shown, presses Verify; retries and their
 * outcome show here (decision 022).
 */
@org.springframework.stereotype.Component
@Order(30)
class CustomDomainSection implements SettingsSection {

  private final CustomDomainSettings settings;

  CustomDomainSection(CustomDomainSettings settings) {
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Custom domain";
  }

  @Override
  public Component create() {
    Div section = new Div();
    section.addClassName("domain-settings");
    show(section, settings.status());
    return section;
  }

  private void show(Div section, DomainStatus status) {
    section.removeAll();
    if (!status.included()) {
      Paragraph upsell =
          new Paragraph(
              "Growth and Scale plans include a custom domain: your clients open the portal at an"
                  + " address such as portal.yourclient.com, and their sign-in links and mails use"
                  + " it. On the Starter plan they use "
                  + status.cnameTarget()
                  + ".");
      upsell.addClassName("hint");
      upsell.addClassName("domain-plan");
      section.add(upsell);
      if (status.state() == DomainState.VERIFIED) {
        // A workspace that moved down to Starter keeps what it had (decision 022).
        Paragraph kept =
            new Paragraph(
                "Your verified domain "
                    + status.domain()
                    + " keeps working; changing it needs Growth or Scale.");
        kept.addClassName("domain-kept");
        section.add(kept);
      }
      return;
    }
    Paragraph about =
        new Paragraph(
            "Let clients open the portal at a subdomain of yours or theirs. Sign-in links and"
                + " client mails use it once it is verified; the default address keeps working.");
    about.addClassName("hint");
    TextField domain = new TextField("Domain");
    domain.setPlaceholder("portal.yourclient.com");
    domain.setValue(status.domain() == null ? "" : status.domain());
    domain.addClassName("domain-field");
    domain.setMaxLength(253);
    Button save =
        new Button(
            status.domain() == null ? "Save domain" : "Change domain",
            e -> {
              DomainStatus[] changed = new DomainStatus[1];
              if (Actions.run(() -> changed[0] = settings.change(domain.getValue()))) {
                Actions.success("Domain saved. Create the CNAME record, then press Verify.");
                show(section, changed[0]);
              }
            });
    save.addClassName("save-domain");
    Div row = new Div(domain, save);
    row.addClassName("domain-row");
    section.add(about, row);
    if (status.domain() != null) {
      section.add(record(status), state(status), actions(section, status));
    }
  }

  /** The record to create, each part selectable on its own for copying. */
  private static Component record(DomainStatus status) {
    Paragraph how =
        new Paragraph(
            status.state() == DomainState.VERIFIED
                ? "Keep this record at the DNS provider of " + status.domain() + ":"
                : "At the DNS provider of " + status.domain() + ", create this record:");
    how.addClassName("domain-how");
    DescriptionList list = new DescriptionList();
    list.addClassName("dns-record");
    list.add(
        new Term("Type"),
        new Description("CNAME"),
        new Term("Name"),
        new Description(status.domain()),
        new Term("Target"),
        new Description(status.cnameTarget() + "."));
    return new Div(how, list);
  }

  private static Component state(DomainStatus status) {
    Span badge = new Span(label(status.state()));
    badge.addClassName("domain-state");
    badge.getElement().setAttribute("data-state", status.state().name());
    Div box = new Div(badge);
    box.addClassName("domain-status");
    if (status.state() == DomainState.VERIFIED) {
      box.add(new Span(" Clients can open the portal at " + status.domain() + "."));
    }
    if (status.lastCheckedAt() != null) {
      Paragraph last =
          new Paragraph(
              "Last check, "
                  + Formats.dateTime(status.lastCheckedAt())
                  + ": "
                  + status.lastOutcome());
      last.addClassName("domain-outcome");
      box.add(last);
    }
    if (status.nextCheckAt() != null) {
      Paragraph next =
          new Paragraph(
              "Portico checks again at "
                  + Formats.dateTime(status.nextCheckAt())
                  + " and keeps trying for 48 hours; you get a mail when it is verified or gives"
                  + " up.");
      next.addClassName("hint");
      next.addClassName("domain-next");
      box.add(next);
    }
    return box;
  }

  private Component actions(Div section, DomainStatus status) {
    Div actions = new Div();
    actions.addClassName("domain-actions");
    if (status.state() != DomainState.VERIFIED) {
      Button verify =
          new Button(
              status.state() == DomainState.PENDING ? "Verify now" : "Verify",
              e -> {
                DomainStatus[] checked = new DomainStatus[1];
                if (Actions.run(() -> checked[0] = settings.verify())) {
                  if (checked[0].state() == DomainState.VERIFIED) {
                    Actions.success(checked[0].domain() + " is verified");
                  } else {
                    // Not an error: DNS takes time; what was found shows right below.
                    Notification.show(
                        "Not verified yet; Portico keeps checking",
                        4000,
                        Notification.Position.BOTTOM_START);
                  }
                  show(section, checked[0]);
                }
              });
      verify.addThemeVariants(ButtonVariant.PRIMARY);
      verify.addClassName("verify-domain");
      actions.add(verify);
    }
    Button remove =
        new Button(
            "Remove domain",
            e -> {
              if (Actions.run(settings::remove)) {
                Actions.success("Domain removed; clients use the default address");
                show(section, settings.status());
              }
            });
    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
    remove.addClassName("remove-domain");
    actions.add(remove);
    return actions;
  }

  private static String label(DomainState state) {
    return switch (state) {
      case NONE -> "Not verified yet";
      case PENDING -> "Checking";
      case VERIFIED -> "Verified";
      case FAILED -> "Verification failed";
    };
  }
}
