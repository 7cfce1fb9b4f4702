package dev.portico.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import dev.portico.identity.ViewAs;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.ViewAsPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Switches the browser session into and out of "view as client": the authentication {@link ViewAs}
 * hands out is stored as the session's security context, and the page reloads so that every view is
 * built afresh for who the session now is. Ending returns to the console page the staff member came
 * from (else the contact's client page).
 */
@Component
public class ViewAsSwitch {

  private static final String RETURN_TO = ViewAsSwitch.class.getName() + ".returnTo";

  private final ViewAs viewAs;
  private final CurrentUser currentUser;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  ViewAsSwitch(ViewAs viewAs, CurrentUser currentUser) {
    this.viewAs = viewAs;
    this.currentUser = currentUser;
  }

  /**
   * Opens the portal home as the contact.
   *
   * @param returnTo the console page to come back to
   */
  public void start(UUID contactId, String returnTo) {
    Authentication viewing = viewAs.start(contactId);
    HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    store(viewing, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    request
        .getSession()
        .setAttribute(RETURN_TO, returnTo != null && returnTo.startsWith("staff/") ? returnTo : "");
    UI.getCurrent().getPage().setLocation("/portal");
  }

  /** Back to the console page the view began on. */
  public void end() {
    HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    String back = end(request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    UI.getCurrent().getPage().setLocation(back);
  }

  /**
   * Ends viewing as a contact in this request (also outside Vaadin, e.g. when the contact's access
   * ended meanwhile).
   *
   * @return where to go now: a console page
   */
  public String end(HttpServletRequest request, HttpServletResponse response) {
    ViewAsPrincipal viewing = currentUser.viewingAs().orElseThrow();
    store(viewAs.end(), request, response);
    HttpSession session = request.getSession(false);
    Object returnTo = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    return returnTo instanceof String path && !path.isEmpty()
        ? "/" + path
        : "/staff/clients/" + viewing.contact().clientId();
  }

  private void store(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
