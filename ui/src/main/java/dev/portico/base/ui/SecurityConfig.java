package dev.portico.base.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.GoogleAccountLinker;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.HashedOneTimeTokenService.IssuedToken;
import dev.portico.identity.MagicLinks;
import dev.portico.identity.SignInLinkRequest;
import dev.portico.identity.ui.SignInPage;
import dev.portico.identity.ui.ViewAsSwitch;
import dev.portico.shared.PorticoProperties;
import dev.portico.workspace.PortalLinks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in without passwords: magic links (one-time tokens) and, when configured, Google (OIDC).
 * Every Vaadin route declares its own access rule ({@code @RolesAllowed},
 * {@code @AnonymousAllowed}); everything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

  /**
   * For every response. Vaadin Flow needs inline styles and scripts and {@code eval} (it runs
   * server-sent JavaScript through {@code new Function}). Stripe.js (js.stripe.com), its frames and
   * its connections (*.stripe.com) are allowed for the embedded payment form on invoice pages.
   * Nothing else is loaded from elsewhere; only Portico may frame Portico.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com"
              + " https://*.js.stripe.com",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "media-src 'self' blob:",
          "connect-src 'self' https://*.stripe.com",
          "frame-src 'self' https://*.stripe.com",
          "worker-src 'self' blob:",
          "object-src 'none'",
          "base-uri 'self'",
          "frame-ancestors 'self'");

  /**
   * Outside Spring Security's chain so that every dispatch, error pages included, is covered; just
   * after the forwarded-headers filter (when one is configured).
   */
  @Bean
  FilterRegistrationBean<BaseUrlRedirects> baseUrlRedirects(
      PorticoProperties properties, PortalLinks links) {
    FilterRegistrationBean<BaseUrlRedirects> registration =
        new FilterRegistrationBean<>(
            new BaseUrlRedirects(
                properties.baseUrl(),
                host ->
                    links.isBaseHost(host)
                        ? Optional.empty()
                        : links
                            .workspaceOfHost(host)
                            .map(w -> links.originOf(host.toLowerCase()))));
    registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Stripe's webhook ({@code POST /webhooks/stripe}): no one signs in there, the signature over the
   * body is checked by the endpoint itself. Its own chain, first: anonymous, no CSRF token (Stripe
   * has none), stateless (a delivery never creates a session), the same security headers.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain webhookFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/webhooks/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      HashedOneTimeTokenService tokens,
      MagicLinks magicLinks,
      AccountAccess access,
      ViewAsSwitch viewAs,
      PorticoProperties properties,
      PortalLinks links,
      ObjectProvider<ClientRegistrationRepository> oidcProviders,
      VaadinDefaultRequestCache vaadinRequestCache)
      throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(
                    SignInPage.PATH,
                    SignInPage.SEND_PATH,
                    MagicLinks.LOGIN_PATH,
                    "/styles/**",
                    "/actuator/health",
                    "/actuator/health/**")
                .permitAll()
                // The dev mailbox's attachments, like the page itself (capture mode only).
                .requestMatchers("/dev/mailbox/*/attachments/*")
                .permitAll()
                // Agency logos: not secret, shown in mails; the service serves only current logos.
                .requestMatchers("/branding/logos/*")
                .permitAll()
                // The TLS proxy's question before a certificate (decision 022): no data, no login.
                .requestMatchers("/domains/ask")
                .permitAll()
                // Deliverable and invoice files, Stripe's hosted page for an invoice: the services
                // decide who may see which (else "not found").
                .requestMatchers("/files/**", "/billing/**")
                .authenticated());
    // A signed-in person asking for a path that is no route gets the app's "Not found" page
    // (Vaadin's default denies it with a bare 403); everyone else is sent to sign in.
    http.with(
        vaadin(),
        vaadin -> vaadin.loginView(SignInPage.PATH).anyRequest(any -> any.authenticated()));
    // No HTTP session for anonymous visitors (decision 027): the CSRF token of the sign-in form
    // (and of every other form) lives in a cookie, and the page someone wanted before signing in
    // too. A session starts when someone signs in (magic link, Google).
    http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokensInACookie()));
    // (Spring's cookie request cache keeps only the path and query: no other host can get in.)
    CookieRequestCache wantedPages = new CookieRequestCache();
    wantedPages.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    vaadinRequestCache.setDelegateRequestCache(wantedPages);
    http.exceptionHandling(
        exceptions ->
            exceptions.defaultAccessDeniedHandlerFor(
                SecurityConfig::signInFormExpired,
                PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, SignInPage.SEND_PATH)));
    http.oneTimeTokenLogin(
        ott ->
            ott.tokenService(tokens)
                .showDefaultSubmitPage(false)
                .loginPage("/login")
                .loginProcessingUrl(MagicLinks.LOGIN_PATH)
                // POST /ott/generate: the same limits as the login form (the token service applies
                // them per email and per client address), the same answer for every email.
                .generateRequestResolver(
                    request -> {
                      String email = request.getParameter("username");
                      return email == null
                          ? null
                          : new SignInLinkRequest(
                              email, HashedOneTimeTokenService.MAX_TTL, request.getRemoteAddr());
                    })
                .tokenGenerationSuccessHandler(
                    (request, response, token) -> {
                      magicLinks.send((IssuedToken) token);
                      response.sendRedirect("/login?sent");
                    })
                .authenticationFailureHandler(
                    new SimpleUrlAuthenticationFailureHandler("/login?link-invalid")));
    ClientRegistrationRepository providers = oidcProviders.getIfAvailable();
    if (providers != null) {
      http.oauth2Login(
          oauth ->
              oauth
                  .clientRegistrationRepository(redirectingToBaseUrl(providers, properties))
                  .loginPage("/login")
                  .failureUrl("/login?google-refused")
                  .userInfoEndpoint(user -> user.oidcUserService(new GoogleAccountLinker(access))));
    }
    http.addFilterBefore(new AccessStillValidFilter(access, viewAs), AuthorizationFilter.class);
    http.addFilterBefore(
        new CustomDomainHosts(links, properties.baseUrl().toString()), AuthorizationFilter.class);
    http.headers(
        headers ->
            headers
                // Written before the request is handled: a Vaadin page commits its response
                // where the lazy writer misses it, and /login went out without these headers.
                .withObjectPostProcessor(
                    new ObjectPostProcessor<HeaderWriterFilter>() {
                      @Override
                      public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                      }
                    })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(options -> {})
                .referrerPolicy(
                    policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /**
   * The sign-in form came back without its CSRF cookie or with a wrong token (an old tab, cookies
   * cleared, or a forged post): the page again, asking to enter the email once more; nothing sent.
   */
  private static void signInFormExpired(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    if (denied instanceof CsrfException) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", SignInPage.PATH + "?form-expired");
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /**
   * CSRF tokens in an HttpOnly, SameSite=Lax cookie (Spring's double-submit: the form carries the
   * token masked, the cookie the raw value), so a form page needs no session. Vaadin's own requests
   * stay outside Spring's CSRF check (Vaadin protects them itself).
   */
  private static CookieCsrfTokenRepository csrfTokensInACookie() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    return tokens;
  }

  /**
   * OAuth callbacks at {@code portico.base-url}: the default redirect URI template starts with
   * {@code {baseUrl}}, which Spring fills in from the request's Host header.
   */
  private static ClientRegistrationRepository redirectingToBaseUrl(
      ClientRegistrationRepository providers, PorticoProperties properties) {
    return id -> {
      ClientRegistration registration = providers.findByRegistrationId(id);
      String template = registration == null ? null : registration.getRedirectUri();
      if (template == null || !template.startsWith("{baseUrl}")) {
        return registration;
      }
      return ClientRegistration.withClientRegistration(registration)
          .redirectUri(properties.link(template.substring("{baseUrl}".length())))
          .build();
    };
  }
}
