package dev.portico.base.ui;

import dev.portico.shared.security.PorticoPrincipal;
import dev.portico.shared.security.SessionUser;
import dev.portico.shared.security.ViewAsPrincipal;
import dev.portico.workspace.PortalLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a workspace's verified custom domain only that workspace's clients use Portico: staff (the
 * console lives at the base URL) and people of any other workspace are sent to the same page at
 * {@code portico.base-url}, and so is every {@code /staff} address. The Host header only chooses
 * branding and this redirect; who may see what is decided as everywhere else (decision 022).
 * Unknown hosts are served as the default address, without any workspace's branding.
 */
class CustomDomainHosts extends OncePerRequestFilter {

  /** The request attribute holding the workspace id of a verified custom domain host. */
  static final String WORKSPACE = CustomDomainHosts.class.getName() + ".workspace";

  private final PortalLinks links;
  private final String base;

  CustomDomainHosts(PortalLinks links, String base) {
    this.links = links;
    this.base = base.replaceAll("/+$", "");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String host = request.getServerName();
    Optional<UUID> workspace =
        links.isBaseHost(host) ? Optional.empty() : links.workspaceOfHost(host);
    if (workspace.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(WORKSPACE, workspace.get());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/staff") || !belongsHere(workspace.get())) {
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        response.sendRedirect(base + path + (query == null ? "" : "?" + query));
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /** Nobody signed in, or a client contact of this very workspace. */
  private static boolean belongsHere(UUID workspaceId) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof PorticoPrincipal principal)) {
      return true;
    }
    if (principal instanceof ViewAsPrincipal) {
      return false;
    }
    SessionUser me = principal.sessionUser();
    return me.isClient() && workspaceId.equals(me.workspaceId());
  }
}
