package dev.portico.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BaseUrlRedirectsTest {

  private final BaseUrlRedirects redirects =
      new BaseUrlRedirects(
          URI.create("https://portal.agency.example"),
          host ->
              host.equals("portal.client.example")
                  ? Optional.of("https://portal.client.example")
                  : Optional.empty());

  @Test
  void aLocationBuiltFromAForgedHostHeaderGetsTheBaseUrl() {
    MockHttpServletRequest request = request("evil.example", 80);
    assertThat(redirects.rewrite(request, "http://evil.example/login?next=1"))
        .isEqualTo("https://portal.agency.example/login?next=1");
  }

  @Test
  void anIdentityProviderOnTheSameHostNameButAnotherPortIsLeftAlone() {
    MockHttpServletRequest request = request("localhost", 8080);
    String authorize = "http://localhost:9000/default/authorize?client_id=portico";
    assertThat(redirects.rewrite(request, authorize)).isEqualTo(authorize);
  }

  @Test
  void otherOriginsAndRelativeLocationsAreLeftAlone() {
    MockHttpServletRequest request = request("localhost", 8080);
    assertThat(redirects.rewrite(request, "https://accounts.google.com/o/oauth2/v2/auth"))
        .isEqualTo("https://accounts.google.com/o/oauth2/v2/auth");
    assertThat(redirects.rewrite(request, "/portal")).isEqualTo("/portal");
  }

  @Test
  void aRelativeLocationForAnHttp10ClientIsMadeAbsoluteFromTheBaseUrl() {
    MockHttpServletRequest request = request("evil.example", 80);
    request.setProtocol("HTTP/1.0");
    assertThat(redirects.rewrite(request, "/login"))
        .isEqualTo("https://portal.agency.example/login");
  }

  @Test
  void aVerifiedCustomDomainKeepsItsOwnOrigin() {
    MockHttpServletRequest request = request("portal.client.example", 80);
    assertThat(redirects.rewrite(request, "http://portal.client.example/login"))
        .isEqualTo("https://portal.client.example/login");
    assertThat(redirects.rewrite(request, "https://portal.client.example/login"))
        .isEqualTo("https://portal.client.example/login");
    request.setProtocol("HTTP/1.0");
    assertThat(redirects.rewrite(request, "/login"))
        .isEqualTo("https://portal.client.example/login");
  }

  private static MockHttpServletRequest request(String host, int port) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setServerName(host);
    request.setServerPort(port);
    return request;
  }
}
