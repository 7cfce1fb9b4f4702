package dev.portico.base.ui;

import com.vaadin.flow.server.VaadinService;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Standing;
import dev.portico.shared.security.PorticoPrincipal;
import dev.portico.workspace.PortalSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in person: is their access still valid (not revoked, not expired,
 * company still a client)? If not, the session ends here and they are sent to the login page. A
 * client contact whose agency has switched the portal off keeps the session but sees only the
 * "portal unavailable" page until it is switched on again (decision 020).
 */
class AccessStillValidFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AccessStillValidFilter.class);

  private final AccountAccess access;

  AccessStillValidFilter(AccountAccess access) {
    this.access = access;
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
    Standing standing = access.standing(principal.sessionUser().accountId());
    if (standing == Standing.PORTAL_OFF && !servesUnavailablePage(request)) {
      showUnavailable(request, response);
      return;
    }
    if (standing == Standing.ENDED) {
      log.info("Access of account {} has ended; signing out", principal.sessionUser().accountId());
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      if ("GET".equals(request.getMethod())) {
        response.sendRedirect("/login?ended");
      } else {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return;
    }
    chain.doFilter(request, response);
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
