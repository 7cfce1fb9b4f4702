package dev.portico.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ContactForm;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.ContactAccess;
import dev.portico.identity.InviteForm;
import dev.portico.identity.ui.ViewAsSwitch;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import dev.portico.shared.ui.Formats;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A client company's contacts with their portal access (invited, reminded, active, expired,
 * revoked) and what staff can do next: invite, re-send, cancel, revoke, view the portal as them.
 */
class ContactsPanel extends Div {

  private final ClientInvitations invitations;
  private final ViewAsSwitch viewAs;
  private final Runnable changed;

  ContactsPanel(
      ClientDirectory clients,
      ClientInvitations invitations,
      ViewAsSwitch viewAs,
      UUID clientId,
      Runnable changed) {
    this.invitations = invitations;
    this.viewAs = viewAs;
    this.changed = changed;
    addClassName("contacts");
    setWidthFull();

    TextField name = new TextField("Name");
    EmailField email = new EmailField("Email");
    email.setRequiredIndicatorVisible(true);
    TextField jobTitle = new TextField("Role (optional)");
    DatePicker accessUntil = DateFields.picker("Portal access until (optional)");
    accessUntil.setMin(LocalDate.now());

    Grid<ContactAccess> grid = new Grid<>();
    grid.addColumn(ContactAccess::name).setHeader("Name");
    grid.addColumn(ContactAccess::email).setHeader("Email").setFlexGrow(2);
    grid.addColumn(ContactsPanel::describe).setHeader("Portal access").setFlexGrow(2);
    grid.addComponentColumn(c -> actions(c, email)).setHeader("").setAutoWidth(true);
    grid.setItems(invitations.access(clientId));
    grid.setAllRowsVisible(true);

    Button invite =
        new Button(
            "Send invite",
            e -> {
              ClientInvitations.Outcome[] outcome = new ClientInvitations.Outcome[1];
              if (Actions.run(
                  () ->
                      outcome[0] =
                          invitations.invite(
                              clientId,
                              new InviteForm(
                                  email.getValue(), name.getValue(), accessUntil.getValue())),
                  Map.of("email", email, "name", name, "accessUntil", accessUntil))) {
                Actions.success(
                    (outcome[0] == ClientInvitations.Outcome.RESENT
                            ? "Invitation re-sent to "
                            : "Invitation sent to ")
                        + email.getValue());
                changed.run();
              }
            });
    invite.addThemeVariants(ButtonVariant.PRIMARY);
    Button addOnly =
        new Button(
            "Add without invite",
            e -> {
              if (Actions.run(
                  () ->
                      clients.addContact(
                          clientId,
                          new ContactForm(name.getValue(), email.getValue(), jobTitle.getValue())),
                  Map.of("name", name, "email", email, "jobTitle", jobTitle))) {
                Actions.success("Contact added");
                changed.run();
              }
            });
    HorizontalLayout form =
        new HorizontalLayout(email, name, jobTitle, accessUntil, invite, addOnly);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(grid, form);
  }

  private Component actions(ContactAccess contact, EmailField inviteEmail) {
    HorizontalLayout buttons = new HorizontalLayout();
    if (contact.state().canResendOrCancel()) {
      buttons.add(
          small(
              "Re-send",
              () -> invitations.resend(contact.contactId()),
              "Invitation re-sent to " + contact.email()));
      buttons.add(
          small(
              "Cancel invitation",
              () -> invitations.cancel(contact.contactId()),
              "Invitation cancelled"));
    }
    if (contact.state().canInvite()) {
      Button invite =
          new Button(
              "Invite",
              e -> {
                inviteEmail.setValue(contact.email());
                inviteEmail.focus();
              });
      invite.addThemeVariants(ButtonVariant.SMALL);
      buttons.add(invite);
    }
    if (contact.state() == ContactAccess.State.ACTIVE) {
      // The portal exactly as this contact sees it, read only; the banner there leads back here.
      Button viewAsContact =
          new Button(
              "View as " + contact.name(),
              VaadinIcon.EYE.create(),
              e ->
                  Actions.run(
                      () ->
                          viewAs.start(
                              contact.contactId(),
                              UI.getCurrent()
                                  .getInternals()
                                  .getActiveViewLocation()
                                  .getPathWithQueryParameters())));
      viewAsContact.addThemeVariants(ButtonVariant.SMALL);
      viewAsContact.addClassName("view-as");
      buttons.add(viewAsContact);
      Button revoke =
          new Button(
              "Revoke access",
              e -> {
                ConfirmDialog confirm =
                    new ConfirmDialog(
                        "Revoke portal access?",
                        contact.name()
                            + " is signed out at once and can no longer open the portal.",
                        "Revoke access",
                        ok -> {
                          if (Actions.run(() -> invitations.revoke(contact.contactId()))) {
                            Actions.success("Access of " + contact.name() + " revoked");
                            changed.run();
                          }
                        });
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
              });
      revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
      buttons.add(revoke);
    }
    return buttons;
  }

  private Button small(String text, Runnable action, String done) {
    Button button =
        new Button(
            text,
            e -> {
              if (Actions.run(action)) {
                Actions.success(done);
                changed.run();
              }
            });
    button.addThemeVariants(ButtonVariant.SMALL);
    return button;
  }

  static String describe(ContactAccess c) {
    String since = c.since() == null ? "" : " " + Formats.dateTime(c.since());
    return switch (c.state()) {
      case ACTIVE ->
          "Active"
              + (c.since() == null ? "" : " since " + Formats.dateTime(c.since()))
              + (c.until() == null ? "" : " · until " + Formats.dateTime(c.until()));
      case NOT_INVITED -> "Not invited";
      default -> c.state().label() + since;
    };
  }
}
