package dev.portico.base.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the request's Host header out of redirects. Most redirects are relative already ({@code
 * server.tomcat.use-relative-redirects}); a component that still builds an absolute URL from the
 * request (Spring Security's login entry point does) gets its origin replaced by {@code
 * portico.base-url}, and so does a relative one sent to an HTTP/1.0 client (which Tomcat would make
 * absolute from the Host header), so {@code Host: evil.example} never comes back in a {@code
 * Location}. On a workspace's verified custom domain the domain's own origin takes the base URL's
 * place (decision 022), so its visitors stay on it.
 */
final class BaseUrlRedirects implements Filter {

  private final URI base;
  private final Function<String, Optional<String>> customOrigins;

  /**
   * @param customOrigins the origin of a host that is a verified custom domain; empty for others
   */
  BaseUrlRedirects(URI base, Function<String, Optional<String>> customOrigins) {
    this.base = base;
    this.customOrigins = customOrigins;
  }

  /** The base URL, or the request's verified custom domain. */
  private URI originFor(HttpServletRequest request) {
    return customOrigins.apply(request.getServerName()).map(URI::create).orElse(base);
  }

  /** Every dispatch (error pages redirect to sign-in too); rewriting twice changes nothing. */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse) {
      chain.doFilter(request, new Response(http, httpResponse));
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The location with the base URL's origin if it points at the origin the request claimed. */
  String rewrite(HttpServletRequest request, String location) {
    if (location == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      return location;
    }
    if (!uri.isAbsolute() && location.startsWith("/") && !location.startsWith("//")) {
      // Tomcat makes a relative redirect absolute from the Host header for HTTP/1.0 clients.
      String protocol = String.valueOf(request.getProtocol());
      return protocol.equals("HTTP/1.0") || protocol.equals("HTTP/0.9")
          ? originFor(request).toString().replaceAll("/+$", "") + location
          : location;
    }
    if (!uri.isAbsolute() || uri.getHost() == null || !claimedOrigin(uri, request)) {
      return location;
    }
    URI origin = originFor(request);
    if (sameOrigin(uri, origin)) {
      return location;
    }
    String rest = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      rest += "?" + uri.getRawQuery();
    }
    if (uri.getRawFragment() != null) {
      rest += "#" + uri.getRawFragment();
    }
    return origin.toString().replaceAll("/+$", "") + rest;
  }

  /**
   * Whether the location points at the host and port the request claimed (built from its Host
   * header). Other origins, such as an identity provider's authorization endpoint on the same host
   * name but another port, are left alone.
   */
  private static boolean claimedOrigin(URI uri, HttpServletRequest request) {
    return uri.getHost().equalsIgnoreCase(request.getServerName())
        && port(uri) == request.getServerPort();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private final class Response extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    Response(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(rewrite(request, location));
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
      super.sendRedirect(rewrite(request, location), sc);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
      super.sendRedirect(rewrite(request, location), clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
      super.sendRedirect(rewrite(request, location), sc, clearBuffer);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "location".equalsIgnoreCase(name) ? rewrite(request, value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "location".equalsIgnoreCase(name) ? rewrite(request, value) : value);
    }
  }
}
