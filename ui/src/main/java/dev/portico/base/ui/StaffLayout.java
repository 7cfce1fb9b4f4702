package dev.portico.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.portico.project.TaskWork;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Role;
import dev.portico.shared.security.Roles;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;

/** The staff console frame: navigation, workspace name, who is signed in. */
@Layout("/staff")
@RolesAllowed(Roles.STAFF)
public class StaffLayout extends AppLayout implements AfterNavigationObserver {

  private final Span inboxCount = new Span();
  private final TaskWork work;

  public StaffLayout(
      WorkspaceSettings workspace,
      CurrentUser currentUser,
      AuthenticationContext auth,
      TaskWork work) {
    addClassName("staff-layout");
    Span title = new Span(workspace.workspaceName());
    title.addClassName("app-title");
    Span who = new Span(currentUser.require().name());
    who.addClassName("who");
    Button signOut = new Button("Sign out", e -> auth.logout());
    signOut.addThemeVariants(ButtonVariant.TERTIARY);
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.addClassName("app-header");
    addToNavbar(header);

    SideNav nav = new SideNav();
    // A project's, client's or invoice's own page keeps its section highlighted.
    nav.addItem(
        nested(new SideNavItem("Projects", "/staff/projects", VaadinIcon.FOLDER_OPEN.create())));
    nav.addItem(nested(new SideNavItem("Clients", "/staff/clients", VaadinIcon.BUILDING.create())));
    nav.addItem(
        nested(new SideNavItem("Invoices", "/staff/invoices", VaadinIcon.INVOICE.create())));
    SideNavItem inbox = nested(new SideNavItem("Inbox", "/staff/inbox", VaadinIcon.INBOX.create()));
    inbox.setPathAliases(java.util.Set.of("/staff/tasks"));
    inboxCount.addClassName("nav-count");
    inbox.setSuffixComponent(inboxCount);
    this.work = work;
    nav.addItem(inbox);
    if (currentUser.require().role() == Role.OWNER) {
      nav.addItem(new SideNavItem("Settings", "/staff/settings", VaadinIcon.SLIDERS.create()));
      nav.addItem(new SideNavItem("Engine", "/staff/engine", VaadinIcon.COGS.create()));
      nav.addItem(new SideNavItem("Processes", "/staff/processes", VaadinIcon.SITEMAP.create()));
    }
    addToDrawer(nav);
  }

  private static SideNavItem nested(SideNavItem item) {
    item.setMatchNested(true);
    return item;
  }

  /** The inbox count is read again on every page: handling an item changes it. */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    long open = work.openCount();
    inboxCount.setText(Long.toString(open));
    inboxCount.getElement().setAttribute("aria-label", open + " open");
    inboxCount.setVisible(open > 0);
  }
}
