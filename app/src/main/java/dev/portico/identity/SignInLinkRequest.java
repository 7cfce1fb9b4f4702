package dev.portico.identity;

import java.time.Duration;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;

/**
 * A request for a sign-in link with the address it came from, so that {@link
 * HashedOneTimeTokenService#generate} can apply the per-address limit whichever path asked.
 */
public final class SignInLinkRequest extends GenerateOneTimeTokenRequest {

  private final String clientAddress;

  public SignInLinkRequest(String email, Duration expiresIn, String clientAddress) {
    super(email, expiresIn);
    this.clientAddress = clientAddress == null ? "unknown" : clientAddress;
  }

  public String clientAddress() {
    return clientAddress;
  }
}
