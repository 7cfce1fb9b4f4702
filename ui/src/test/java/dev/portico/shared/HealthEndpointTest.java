package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The compose healthcheck sees whether Portico is up; owners also see the database and the engine.
 * Anonymous callers learn nothing about the parts inside.
 */
class HealthEndpointTest extends BrowserTest {

  private static HttpResponse<String> get(String path) throws Exception {
    try (HttpClient http =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(BASE + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void anonymousCallersSeeOnlyTheOverallStatus() throws Exception {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .doesNotContain("\"components\"", "db", "camundaClient", "mail", "diskSpace");
  }

  @Test
  void ownersSeeTheDatabaseAndTheEngine() {
    Page owner = newBrowser();
    signIn(owner, fixtures.agency("H").owner().email());

    APIResponse response = owner.request().get(BASE + "/actuator/health");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text())
        .contains("\"status\":\"UP\"")
        .contains("\"components\"")
        .contains("\"db\":{", "\"database\":\"PostgreSQL\"")
        .contains("\"camundaClient\":{\"status\":\"UP\"");
  }

  @Test
  void hostileSignInLinksAreEscapedAndInternalEndpointsStayClosed() throws Exception {
    HttpResponse<String> ott = get("/login/ott?token=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(ott.statusCode()).isEqualTo(200);
    assertThat(ott.body()).contains("&lt;script&gt;").doesNotContain("<script>alert");

    HttpResponse<String> env = get("/actuator/env");
    assertThat(env.statusCode()).isIn(302, 401, 403, 404);
    assertThat(env.body()).doesNotContain("Exception", "at org.");
  }
}
