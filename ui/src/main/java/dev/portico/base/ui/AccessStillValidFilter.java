package dev.portico.base.ui;

import dev.portico.identity.AccountAccess;
import dev.portico.shared.security.PorticoPrincipal;
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
 * portal still on)? If not, the session ends here and they are sent to the login page.
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
    if (authentication != null
        && authentication.getPrincipal() instanceof PorticoPrincipal principal
        && !access.stillAllowed(principal.sessionUser().accountId())) {
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
}
