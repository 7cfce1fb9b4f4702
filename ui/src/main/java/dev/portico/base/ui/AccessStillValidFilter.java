package dev.portico.base.ui;

import com.vaadin.flow.server.VaadinService;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Standing;
import dev.portico.identity.ui.ViewAsSwitch;
import dev.portico.shared.security.PorticoPrincipal;
import dev.portico.shared.security.ViewAsPrincipal;
import dev.portico.workspace.PortalSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in person: is their access still valid (not revoked, not expired,
 * company still a client)? If not, the session ends here and they are sent to the login page. A
 * client contact whose agency has switched the portal off keeps the session but sees only the
 * "portal unavailable" page until it is switched on again (decision 020). Staff viewing the portal
 * as a contact are checked as themselves; when the contact's access ends, only the view ends.
 */
class AccessStillValidFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AccessStillValidFilter.class);

  private final AccountAccess access;
  private final ViewAsSwitch viewAs;

  AccessStillValidFilter(AccountAccess access, ViewAsSwitch viewAs) {
    this.access = access;
    this.viewAs = viewAs;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication != null
        && authentication.getPrincipal() instanceof PorticoPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    if (principal instanceof ViewAsPrincipal viewing
        && access.stillAllowed(viewing.staffUser().accountId())
        && !access.stillAllowed(viewing.contact().accountId())) {
      // The contact lost access while staff looked: the view ends, the staff member stays.
      log.info("Access of contact {} has ended; view as ends", viewing.contact().accountId());
      String back = viewAs.end(request, response);
      if ("GET".equals(request.getMethod())) {
        response.sendRedirect(back);
      } else {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return;
    }
    Standing standing = access.standing(actor(principal));
    if (standing == Standing.PORTAL_OFF && !servesUnavailablePage(request)) {
      showUnavailable(request, response);
      return;
    }
    if (standing == Standing.ENDED) {
      if (!"GET".equals(request.getMethod())) {
        // Refused, but the session ends on the next page load, which then says why: a page's
        // background request (Vaadin's beacon as the person navigates away) must not end it
        // first and leave the page load at a plain sign-in page.
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      log.info("Access of account {} has ended; signing out", actor(principal));
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect("/login?ended");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Who is really signed in: staff viewing as a contact stay signed in as themselves. */
  private static UUID actor(PorticoPrincipal principal) {
    return principal instanceof ViewAsPrincipal viewing
        ? viewing.staffUser().accountId()
        : principal.sessionUser().accountId();
  }

  /**
   * The page itself, what it shows (the logo) and signing out still work while the portal is off.
   */
  private static boolean servesUnavailablePage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PortalUnavailablePage.PATH)
        || path.startsWith(PortalSettings.LOGO_PATH)
        || path.equals("/logout");
  }

  /**
   * A page load goes to the "portal unavailable" page; an open portal page (a Vaadin request) is
   * told to go there too; anything else is refused.
   */
  private static void showUnavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("GET".equals(request.getMethod())) {
      response.sendRedirect(PortalUnavailablePage.PATH);
    } else if ("uidl".equals(request.getParameter("v-r"))) {
      response.setContentType("application/json; charset=UTF-8");
      response
          .getWriter()
          .write(
              VaadinService.createCriticalNotificationJSON(
                  null, null, null, PortalUnavailablePage.PATH));
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
