package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.camunda.client.spring.properties.CamundaClientProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml starts the production stack (ARCHITECTURE.md §2). Docker does not run in the
 * build, so this test reads the files: the portico service switches every concern to production,
 * every variable the compose file takes from .env is documented in .env.example, and the settings
 * handed to Portico, to Caddy and to the Camunda client (also those docs/production.md documents
 * for Camunda SaaS) are ones they actually read.
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

  /** A Camunda client setting as an environment variable, wherever it is named. */
  private static final Pattern CAMUNDA_CLIENT_VARIABLE =
      Pattern.compile("\\bCAMUNDA_CLIENT_[A-Z0-9_]*[A-Z0-9]");

  /** A row of the SaaS table in docs/production.md: {@code | `ENV_NAME` | `property.name` |}. */
  private static final Pattern SETTING_ROW =
      Pattern.compile(
          "(?m)^\\| `(CAMUNDA_CLIENT_[A-Z0-9_]+)` \\| `(camunda\\.client\\.[a-z0-9.-]+)` \\|");

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
      if ((name.startsWith("PORTICO_") || name.startsWith("STRIPE_"))
          && !Pattern.compile("\\$\\{" + name + "[:}]").matcher(applicationYml).find()) {
        unread.add(name);
      }
    }
    assertThat(unread)
        .as("PORTICO_* and STRIPE_* variables that application.yml does not read")
        .isEmpty();
  }

  @Test
  void stripeKeysReachPorticoAndAreDocumented() {
    List<String> stripe =
        List.of("STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET");
    assertThat(portico).containsKeys(stripe.toArray(String[]::new));
    assertThat(documented).containsAll(stripe);
    stripe.forEach(
        name ->
            assertThat(portico.get(name))
                .as("%s is optional: online payment is off without it", name)
                .isEqualTo("${" + name + ":-}"));
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

  @Test
  void camundaServiceGetsTheLicenceKeyFromEnvFile() {
    assertThat(environment("camunda"))
        .as("the camunda service's environment")
        .containsKey("CAMUNDA_LICENSE_KEY");
    assertThat(documented).contains("CAMUNDA_LICENSE_KEY");
  }

  @Test
  void everyCamundaClientVariableNamedAnywhereIsAStarterProperty() throws IOException {
    Set<String> named = new TreeSet<>();
    for (String file :
        List.of("docker-compose.yml", ".env.example", "docs/production.md", "README.md")) {
      Matcher variable = CAMUNDA_CLIENT_VARIABLE.matcher(Files.readString(TOP.resolve(file)));
      while (variable.find()) {
        named.add(variable.group());
      }
    }
    assertThat(named)
        .as("the SaaS settings are documented")
        .contains(
            "CAMUNDA_CLIENT_MODE",
            "CAMUNDA_CLIENT_CLOUD_CLUSTERID",
            "CAMUNDA_CLIENT_CLOUD_REGION",
            "CAMUNDA_CLIENT_AUTH_CLIENTID",
            "CAMUNDA_CLIENT_AUTH_CLIENTSECRET");
    Set<String> properties = starterProperties();
    Set<String> unknown = new TreeSet<>();
    for (String variable : named) {
      if (properties.stream().noneMatch(property -> bindsTo(variable, property))) {
        unknown.add(variable);
      }
    }
    assertThat(unknown)
        .as("CAMUNDA_CLIENT_* variables that set no (current) property of the Camunda starter")
        .isEmpty();
  }

  @Test
  void documentedSaasSettingsReachTheCamundaClient() throws IOException {
    Map<String, String> propertyOf = new LinkedHashMap<>();
    Matcher row = SETTING_ROW.matcher(Files.readString(TOP.resolve("docs/production.md")));
    while (row.find()) {
      propertyOf.put(row.group(1), row.group(2));
    }
    assertThat(propertyOf)
        .as("the SaaS table in docs/production.md")
        .containsKeys(
            "CAMUNDA_CLIENT_MODE",
            "CAMUNDA_CLIENT_CLOUD_CLUSTERID",
            "CAMUNDA_CLIENT_CLOUD_REGION",
            "CAMUNDA_CLIENT_AUTH_CLIENTID",
            "CAMUNDA_CLIENT_AUTH_CLIENTSECRET");
    // The variable and the property the table puts side by side are the same setting.
    propertyOf.forEach(
        (variable, property) ->
            assertThat(asEnvironmentVariable(property)).as(property).isEqualTo(variable));

    // Set as the operator would, the variables arrive in the starter's properties.
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("CAMUNDA_CLIENT_MODE", "saas");
    env.put("CAMUNDA_CLIENT_CLOUD_CLUSTERID", "cluster-123");
    env.put("CAMUNDA_CLIENT_CLOUD_REGION", "bru-2");
    env.put("CAMUNDA_CLIENT_AUTH_CLIENTID", "client-abc");
    env.put("CAMUNDA_CLIENT_AUTH_CLIENTSECRET", "secret-xyz");
    Binder binder =
        new Binder(
            ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)));
    CamundaClientProperties client =
        binder.bind("camunda.client", Bindable.of(CamundaClientProperties.class)).get();
    assertThat(client.getMode()).isEqualTo(CamundaClientProperties.ClientMode.saas);
    assertThat(client.getCloud().getClusterId()).isEqualTo("cluster-123");
    assertThat(client.getCloud().getRegion()).isEqualTo("bru-2");
    assertThat(client.getAuth().getClientId()).isEqualTo("client-abc");
    assertThat(client.getAuth().getClientSecret()).isEqualTo("secret-xyz");
  }

  /** Non-deprecated {@code camunda.client.*} properties from the starter's metadata. */
  private static Set<String> starterProperties() throws IOException {
    Set<String> names = new TreeSet<>();
    var resources =
        ComposeConsistencyTest.class
            .getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json");
    for (URL resource : Collections.list(resources)) {
      String json;
      try (InputStream in = resource.openStream()) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<Map<String, Object>> properties = JsonPath.read(json, "$.properties[*]");
      for (Map<String, Object> property : properties) {
        String name = property.get("name").toString();
        boolean deprecated =
            property.containsKey("deprecation") || Boolean.TRUE.equals(property.get("deprecated"));
        if (name.startsWith("camunda.client.")
            && !deprecated
            && ConfigurationPropertyName.isValid(name)) {
          names.add(name);
        }
      }
    }
    assertThat(names).as("camunda.client.* properties on the classpath").isNotEmpty();
    return names;
  }

  /** Whether Spring Boot reads this environment variable as this property (its own mapping). */
  private static boolean bindsTo(String variable, String property) {
    SystemEnvironmentPropertySource env =
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "x"));
    for (ConfigurationPropertySource source : ConfigurationPropertySources.from(env)) {
      if (source.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Spring Boot's rule: upper case, {@code .} becomes {@code _}, {@code -} is dropped. */
  private static String asEnvironmentVariable(String property) {
    return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
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
