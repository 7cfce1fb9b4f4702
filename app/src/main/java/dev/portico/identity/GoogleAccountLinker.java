package dev.portico.identity;

import dev.portico.shared.security.PorticoPrincipal;
import dev.portico.shared.security.SessionUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Google (any OIDC) sign-in: the provider's email must be verified and belong to an account with
 * access; there is no sign-up by OIDC.
 */
public class GoogleAccountLinker extends OidcUserService {

  private final AccountAccess access;

  public GoogleAccountLinker(AccountAccess access) {
    this.access = access;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidcUser = super.loadUser(request);
    if (!Boolean.TRUE.equals(oidcUser.getEmailVerified()) || oidcUser.getEmail() == null) {
      throw refused("email_not_verified");
    }
    SessionUser user =
        access.signInAllowed(oidcUser.getEmail()).orElseThrow(() -> refused("no_access"));
    return new PorticoOidcUser(user, oidcUser);
  }

  private static OAuth2AuthenticationException refused(String code) {
    return new OAuth2AuthenticationException(
        new OAuth2Error(code, "This Google account has no access to Portico", null));
  }

  /** An OIDC principal that carries its Portico account. */
  static final class PorticoOidcUser extends DefaultOidcUser implements PorticoPrincipal {

    private final SessionUser sessionUser;

    PorticoOidcUser(SessionUser sessionUser, OidcUser source) {
      super(
          PorticoPrincipal.authoritiesOf(sessionUser.role()),
          source.getIdToken(),
          source.getUserInfo(),
          "email");
      this.sessionUser = sessionUser;
    }

    @Override
    public SessionUser sessionUser() {
      return sessionUser;
    }
  }
}
