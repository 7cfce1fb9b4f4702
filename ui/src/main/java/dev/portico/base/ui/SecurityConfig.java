package dev.portico.base.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.GoogleAccountLinker;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.HashedOneTimeTokenService.IssuedToken;
import dev.portico.identity.MagicLinks;
import dev.portico.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sign-in without passwords: magic links (one-time tokens) and, when configured, Google (OIDC).
 * Every Vaadin route declares its own access rule ({@code @RolesAllowed},
 * {@code @AnonymousAllowed}); everything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      HashedOneTimeTokenService tokens,
      MagicLinks magicLinks,
      AccountAccess access,
      ObjectProvider<ClientRegistrationRepository> oidcProviders)
      throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(
                    MagicLinks.LOGIN_PATH, "/styles/**", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Deliverable files: the service decides who may see which (else "not found").
                .requestMatchers("/files/**")
                .authenticated());
    http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    http.oneTimeTokenLogin(
        ott ->
            ott.tokenService(tokens)
                .showDefaultSubmitPage(false)
                .loginPage("/login")
                .loginProcessingUrl(MagicLinks.LOGIN_PATH)
                .tokenGenerationSuccessHandler(
                    (request, response, token) -> {
                      magicLinks.deliver((IssuedToken) token);
                      response.sendRedirect("/login?sent");
                    })
                .authenticationFailureHandler(
                    new SimpleUrlAuthenticationFailureHandler("/login?link-invalid")));
    if (oidcProviders.getIfAvailable() != null) {
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .failureUrl("/login?google-refused")
                  .userInfoEndpoint(user -> user.oidcUserService(new GoogleAccountLinker(access))));
    }
    http.addFilterBefore(new AccessStillValidFilter(access), AuthorizationFilter.class);
    http.headers(
        headers ->
            headers
                .contentTypeOptions(options -> {})
                .referrerPolicy(policy -> {})
                // Only Portico may frame Portico: the review page shows PDFs in an iframe.
                .frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }
}
