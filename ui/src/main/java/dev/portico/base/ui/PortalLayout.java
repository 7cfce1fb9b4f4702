package dev.portico.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ui.portal.PortalFeedbackView;
import dev.portico.file.ui.portal.PortalFilesView;
import dev.portico.identity.ui.ViewAsBanner;
import dev.portico.identity.ui.ViewAsSwitch;
import dev.portico.invoice.ui.portal.PortalBillingView;
import dev.portico.project.ui.portal.PortalHomeView;
import dev.portico.project.ui.portal.PortalProjectListView;
import dev.portico.project.ui.portal.PortalTaskListView;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Roles;
import dev.portico.shared.security.ViewAsPrincipal;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The client portal frame, white-labelled with the agency's branding: logo or name, accent colour
 * (applied to Lumo's primary colour), support email. The Feedback tab shows only where the plan has
 * it. While staff view the portal as a contact, a banner on top says so and leads back.
 */
@Layout("/portal")
@RolesAllowed(Roles.CLIENT)
public class PortalLayout extends VerticalLayout implements RouterLayout {

  private final Main content = new Main();
  private final Header top = new Header();
  private final Button menu = new Button(VaadinIcon.MENU.create());

  public PortalLayout(
      WorkspaceSettings workspace,
      CurrentUser currentUser,
      ClientFeedback feedback,
      AuthenticationContext auth,
      ViewAsSwitch viewAs) {
    Branding branding = workspace.branding();
    addClassName("portal-layout");
    setPadding(false);
    setSpacing(false);
    if (branding.accentColor() != null) {
      getElement().getStyle().set("--lumo-primary-color", branding.accentColor());
      getElement().getStyle().set("--lumo-primary-text-color", branding.accentColor());
      getElement().getStyle().set("--portal-accent", branding.accentColor());
    }

    Div brand = new Div();
    brand.addClassName("portal-brand");
    if (branding.logoUrl() != null) {
      brand.add(new Image(branding.logoUrl(), branding.agencyName()));
    }
    brand.add(new Span(branding.agencyName()));

    // A project's, task's or invoice's page highlights its tab (a prefix of its address); Home is
    // every page's prefix, so it lights up on itself only.
    RouterLink home = new RouterLink("Home", PortalHomeView.class);
    home.setHighlightCondition(HighlightConditions.sameLocation());
    Nav nav = new Nav(home);
    nav.add(prefixed(new RouterLink("Projects", PortalProjectListView.class)));
    nav.add(prefixed(new RouterLink("Tasks", PortalTaskListView.class)));
    nav.add(prefixed(new RouterLink("Files", PortalFilesView.class)));
    if (feedback.available()) {
      nav.add(prefixed(new RouterLink("Feedback", PortalFeedbackView.class)));
    }
    nav.add(prefixed(new RouterLink("Billing", PortalBillingView.class)));
    nav.addClassName("portal-nav");
    Span who = new Span(currentUser.require().name());
    who.addClassName("portal-who");
    Optional<ViewAsPrincipal> viewing = currentUser.viewingAs();
    Button signOut =
        new Button(
            "Sign out",
            e -> {
              if (currentUser.isViewingAs()) {
                viewAs.end(
                    VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
              }
              auth.logout();
            });
    signOut.addThemeVariants(ButtonVariant.TERTIARY);
    // On a phone the tabs fold into a menu behind this button (CSS shows it below 40rem).
    menu.addThemeVariants(ButtonVariant.TERTIARY);
    menu.addClassName("portal-menu-toggle");
    menu.setAriaLabel("Menu");
    menu.getElement().setAttribute("aria-expanded", "false");
    menu.getElement().setAttribute("aria-controls", "portal-nav");
    nav.setId("portal-nav");
    menu.addClickListener(e -> showMenu(!top.hasClassName("menu-open")));
    HorizontalLayout header = new HorizontalLayout(brand, menu, nav, who, signOut);
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(nav);
    top.add(header);
    top.addClassName("portal-header");

    content.addClassName("portal-content");
    Footer footer = new Footer();
    footer.addClassName("portal-footer");
    if (branding.supportEmail() != null) {
      footer.add(
          new Span("Questions? "),
          new Anchor("mailto:" + branding.supportEmail(), branding.supportEmail()));
    }
    viewing.ifPresent(v -> add(new ViewAsBanner(v, viewAs)));
    add(top, content, footer);
    setFlexGrow(1, content);
  }

  private static RouterLink prefixed(RouterLink link) {
    link.setHighlightCondition(HighlightConditions.locationPrefix());
    return link;
  }

  private void showMenu(boolean open) {
    top.setClassName("menu-open", open);
    menu.getElement().setAttribute("aria-expanded", Boolean.toString(open));
  }

  /** A new page closes the phone menu. */
  @Override
  public void showRouterLayoutContent(HasElement view) {
    showMenu(false);
    content.removeAll();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
