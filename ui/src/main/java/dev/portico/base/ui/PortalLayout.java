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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ui.portal.PortalFeedbackView;
import dev.portico.file.ui.portal.PortalFilesView;
import dev.portico.invoice.ui.portal.PortalBillingView;
import dev.portico.project.ui.portal.PortalHomeView;
import dev.portico.project.ui.portal.PortalProjectListView;
import dev.portico.project.ui.portal.PortalTaskListView;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Roles;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client portal frame, white-labelled with the agency's branding: logo or name, accent colour
 * (applied to Lumo's primary colour), support email. The Feedback tab shows only where the plan has
 * it.
 */
@Layout("/portal")
@RolesAllowed(Roles.CLIENT)
public class PortalLayout extends VerticalLayout implements RouterLayout {

  private final Main content = new Main();

  public PortalLayout(
      WorkspaceSettings workspace,
      CurrentUser currentUser,
      ClientFeedback feedback,
      AuthenticationContext auth) {
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
    Button signOut = new Button("Sign out", e -> auth.logout());
    signOut.addThemeVariants(ButtonVariant.TERTIARY);
    HorizontalLayout header = new HorizontalLayout(brand, nav, who, signOut);
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(nav);
    Header top = new Header(header);
    top.addClassName("portal-header");

    content.addClassName("portal-content");
    Footer footer = new Footer();
    footer.addClassName("portal-footer");
    if (branding.supportEmail() != null) {
      footer.add(
          new Span("Questions? "),
          new Anchor("mailto:" + branding.supportEmail(), branding.supportEmail()));
    }
    add(top, content, footer);
    setFlexGrow(1, content);
  }

  private static RouterLink prefixed(RouterLink link) {
    link.setHighlightCondition(HighlightConditions.locationPrefix());
    return link;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.removeAll();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
