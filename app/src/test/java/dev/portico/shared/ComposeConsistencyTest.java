package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml starts the production stack (ARCHITECTURE.md §2). Docker does not run in the
 * build, so this test reads the files: the portico service switches every concern to production,
 * every variable the compose file takes from .env is documented in .env.example, and the settings
 * handed to Portico and to Caddy are ones they actually read.
 */
class ComposeConsistencyTest {

  /** Surefire runs the tests in the module's folder; the compose files are at the top. */
  private static final Path TOP = Path.of("..");

  /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME?message}} ...; not {@code $${..}}. */
  private static final Pattern INTERPOLATION =
      Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?[^}]*}");

  /** A variable line in .env.example, also when commented out ({@code # NAME=value}). */
  private static final Pattern ENV_EXAMPLE_LINE =
      Pattern.compile("(?m)^#?\\s*([A-Za-z_][A-Za-z0-9_]*)=");

  /** An environment variable placeholder in a Caddyfile: {@code {$NAME}}. */
  private static final Pattern CADDY_PLACEHOLDER =
      Pattern.compile("\\{\\$([A-Za-z_][A-Za-z0-9_]*)");

  private static String composeText;
  private static Map<String, Object> services;
  private static Map<String, String> portico;
  private static Set<String> documented;

  @BeforeAll
  static void read() throws IOException {
    composeText = Files.readString(TOP.resolve("docker-compose.yml"));
    Map<String, Object> compose = new Yaml().load(composeText);
    services = map(compose.get("services"));
    portico = environment("portico");
    documented = new TreeSet<>();
    Matcher line = ENV_EXAMPLE_LINE.matcher(Files.readString(TOP.resolve(".env.example")));
    while (line.find()) {
      documented.add(line.group(1));
    }
  }

  @Test
  void porticoRunsEveryConcernInProductionMode() {
    assertThat(portico)
        .containsEntry("PORTICO_DATABASE", "remote")
        .containsEntry("PORTICO_ENGINE", "remote")
        .containsEntry("PORTICO_MAIL", "smtp")
        .containsEntry("PORTICO_DEMO", "false");
  }

  @Test
  void engineClientPointsAtTheCamundaService() {
    assertThat(services).containsKey("camunda");
    URI grpc = URI.create(portico.get("CAMUNDA_CLIENT_GRPC_ADDRESS"));
    assertThat(grpc.getHost()).isEqualTo("camunda");
    assertThat(grpc.getPort()).isEqualTo(26500);
    assertThat(URI.create(portico.get("CAMUNDA_CLIENT_REST_ADDRESS")).getHost())
        .isEqualTo("camunda");
  }

  @Test
  void databaseIsThePostgresService() {
    assertThat(services).containsKey("postgres");
    assertThat(portico.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
  }

  @Test
  void everyVariableTakenFromEnvFileIsDocumentedOrHasADefault() {
    Set<String> undocumented = new TreeSet<>();
    Matcher reference = INTERPOLATION.matcher(composeText);
    while (reference.find()) {
      String modifier = reference.group(2);
      boolean hasDefault = "-".equals(modifier) || ":-".equals(modifier);
      if (!hasDefault && !documented.contains(reference.group(1))) {
        undocumented.add(reference.group(1));
      }
    }
    assertThat(undocumented).as("variables missing from .env.example").isEmpty();
  }

  @Test
  void everyPassedThroughVariableIsDocumented() {
    // `NAME:` without a value takes NAME from .env when it is set there, and is unset otherwise
    assertThat(documented).containsAll(passedThrough());
  }

  @Test
  void everyDocumentedVariableIsUsed() {
    Set<String> used = passedThrough();
    Matcher reference = INTERPOLATION.matcher(composeText);
    while (reference.find()) {
      used.add(reference.group(1));
    }
    Set<String> unused = new TreeSet<>(documented);
    unused.removeAll(used);
    assertThat(unused).as(".env.example variables that docker-compose.yml ignores").isEmpty();
  }

  @Test
  void porticoSettingsAreReadByApplicationYml() throws IOException {
    String applicationYml = Files.readString(Path.of("src/main/resources/application.yml"));
    Set<String> unread = new TreeSet<>();
    for (String name : portico.keySet()) {
      if (name.startsWith("PORTICO_")
          && !Pattern.compile("\\$\\{" + name + "[:}]").matcher(applicationYml).find()) {
        unread.add(name);
      }
    }
    assertThat(unread).as("PORTICO_* variables that application.yml does not read").isEmpty();
  }

  @Test
  void caddyGetsEveryVariableItsCaddyfileUses() throws IOException {
    Set<String> read = new TreeSet<>();
    Matcher placeholder =
        CADDY_PLACEHOLDER.matcher(Files.readString(TOP.resolve("deploy/Caddyfile")));
    while (placeholder.find()) {
      read.add(placeholder.group(1));
    }
    assertThat(environment("proxy").keySet())
        .as("variables deploy/Caddyfile reads, set on the proxy service")
        .containsAll(read);
  }

  /** Variables that some service declares without a value. */
  private static Set<String> passedThrough() {
    Set<String> names = new TreeSet<>();
    for (String service : services.keySet()) {
      environment(service)
          .forEach(
              (name, value) -> {
                if (value == null) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  /** A service's environment as a map, from either compose syntax (map or NAME=value list). */
  private static Map<String, String> environment(String service) {
    Object environment = map(services.get(service)).get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (environment instanceof Map<?, ?> entries) {
      entries.forEach(
          (name, value) -> result.put(name.toString(), value == null ? null : value.toString()));
    } else if (environment instanceof List<?> entries) {
      for (Object entry : entries) {
        String[] nameValue = entry.toString().split("=", 2);
        result.put(nameValue[0], nameValue.length == 2 ? nameValue[1] : null);
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object yaml) {
    assertThat(yaml).isInstanceOf(Map.class);
    return (Map<String, Object>) yaml;
  }
}
