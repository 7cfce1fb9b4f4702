package dev.portico.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.portico.identity.MagicLinks;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.CurrentUser;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalLinks;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign in without a password: enter your email, get a one-time link. The answer is the same whether
 * or not the email is known. Google sign-in when configured. On a workspace's verified custom
 * domain the page wears that workspace's branding (decision 022); the host changes nothing else.
 */
@Route("login")
@PageTitle("Sign in")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

  private static final Map<String, String> NOTICES =
      Map.of(
          "link-invalid",
              "That sign-in link is invalid, already used or expired. Ask for a new one below.",
          "ended", "Your access has ended. If you think this is a mistake, contact your agency.",
          "google-refused",
              "That Google account has no access here. Use the email your agency invited, or ask for a link below.",
          "sent", "If that email has access, a sign-in link is on its way. Check your inbox.");

  private final MagicLinks magicLinks;
  private final CurrentUser currentUser;
  private final Paragraph notice = new Paragraph();
  private final EmailField email = new EmailField("Work email");
  private final Div form = new Div();

  public LoginView(
      MagicLinks magicLinks,
      CurrentUser currentUser,
      PortalLinks links,
      ObjectProvider<ClientRegistrationRepository> oidc) {
    this.magicLinks = magicLinks;
    this.currentUser = currentUser;
    addClassName("login-view");
    Div card = new Div();
    card.addClassName("login-card");

    notice.addClassName("notice");
    notice.setVisible(false);
    email.setPlaceholder("you@company.com");
    email.setWidthFull();
    email.setRequiredIndicatorVisible(true);
    email.setErrorMessage("Enter a valid email address, like name@company.com.");
    Button send = new Button("Email me a sign-in link", e -> send());
    send.addThemeVariants(ButtonVariant.PRIMARY);
    send.addClickShortcut(Key.ENTER);
    send.setWidthFull();
    form.add(email, send);
    form.addClassName("login-form");

    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    if (request != null) {
      links.brandingOfHost(request.getServerName()).ifPresent(brand -> brand(card, brand));
    }
    card.add(
        new H1("Sign in"),
        new Paragraph("No password needed: we email you a link that signs you in."),
        notice,
        form);
    if (oidc.getIfAvailable() != null) {
      Anchor google = new Anchor("/oauth2/authorization/google", "Sign in with Google");
      google.setRouterIgnore(true);
      google.addClassName("google-button");
      card.add(google);
    }
    add(card);
  }

  /** The agency's logo or name on top, its accent on the card and the button. */
  private void brand(Div card, Branding brand) {
    Div header = new Div();
    header.addClassName("login-brand");
    if (brand.logoUrl() != null) {
      header.add(new Image(brand.logoUrl(), brand.agencyName()));
    }
    header.add(new Span(brand.agencyName()));
    card.add(header);
    if (brand.accentColor() != null) {
      getElement().getStyle().set("--lumo-primary-color", brand.accentColor());
      getElement().getStyle().set("--lumo-primary-text-color", brand.accentColor());
      card.getStyle().set("border-top", "4px solid " + brand.accentColor());
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (currentUser.get().isPresent()) {
      event.forwardTo("");
      return;
    }
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    NOTICES.keySet().stream().filter(params::containsKey).findFirst().ifPresent(this::showNotice);
  }

  private void send() {
    try {
      VaadinRequest request = VaadinRequest.getCurrent();
      magicLinks.request(email.getValue(), request == null ? "unknown" : request.getRemoteAddr());
      email.setInvalid(false);
      form.setVisible(false);
      showNotice("sent");
    } catch (ValidationException e) {
      email.setErrorMessage(e.getMessage());
      email.setInvalid(true);
    }
  }

  private void showNotice(String key) {
    notice.setText(NOTICES.get(key));
    notice.setVisible(true);
    notice.getElement().setAttribute("data-notice", key);
  }
}
