package dev.portico.dockerit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * A one-node Camunda 8 orchestration cluster ({@code camunda/camunda}, the version
 * docker-compose.yml pins) without secondary storage: Portico talks gRPC only and never searches,
 * so Operate and Elasticsearch are left out. Its host ports are fixed when the container is
 * created, so that {@link #stopEngine()} and {@link #startEngine()} restart the same engine, with
 * its state, at the same addresses.
 */
public class CamundaCluster extends GenericContainer<CamundaCluster> {

  public static final int GRPC = 26500;
  public static final int REST = 8080;
  public static final int MANAGEMENT = 9600;

  /** {@code -Dportico.it.camunda-image=camunda/camunda:8.9.0} tries another image. */
  private static final String IMAGE_PROPERTY = "portico.it.camunda-image";

  private static final Pattern COMPOSE_VERSION =
      Pattern.compile("camunda/camunda:\\$\\{CAMUNDA_VERSION:-([^}]+)}");

  private final int grpcPort = freePort();
  private final int restPort = freePort();
  private final int managementPort = freePort();
  private final WaitStrategy ready;

  public CamundaCluster() {
    super(DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, composeImage())));
    ready =
        new WaitAllStrategy(WaitAllStrategy.Mode.WITH_OUTER_TIMEOUT)
            .withStrategy(
                new HttpWaitStrategy()
                    .forPort(MANAGEMENT)
                    .forPath("/actuator/health/readiness")
                    .forStatusCode(200))
            .withStrategy(
                // ready for commands once partition 1 has a healthy leader
                new HttpWaitStrategy()
                    .forPort(REST)
                    .forPath("/v2/topology")
                    .forStatusCode(200)
                    .forResponsePredicate(
                        body -> body.contains("\"leader\"") && body.contains("\"healthy\"")))
            .withStartupTimeout(Duration.ofMinutes(3));
    withExposedPorts(GRPC, REST, MANAGEMENT);
    setPortBindings(
        List.of(grpcPort + ":" + GRPC, restPort + ":" + REST, managementPort + ":" + MANAGEMENT));
    // No secondary storage (8.8 reads camunda.database.type, 8.9 camunda.data.secondary-storage)
    withEnv("CAMUNDA_DATABASE_TYPE", "none");
    withEnv("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE", "none");
    // As in docker-compose.yml: the APIs without credentials, no authorizations
    withEnv("CAMUNDA_SECURITY_AUTHENTICATION_METHOD", "basic");
    withEnv("CAMUNDA_SECURITY_AUTHENTICATION_UNPROTECTEDAPI", "true");
    withEnv("CAMUNDA_SECURITY_AUTHORIZATIONS_ENABLED", "false");
    waitingFor(ready);
  }

  public String grpcAddress() {
    return "http://" + getHost() + ":" + grpcPort;
  }

  public String restAddress() {
    return "http://" + getHost() + ":" + restPort;
  }

  /** Stops the engine (as {@code docker stop}); the container and its state stay. */
  public void stopEngine() {
    getDockerClient().stopContainerCmd(getContainerId()).withTimeout(30).exec();
  }

  /** Starts the stopped engine again at the same ports and waits until it takes commands. */
  public void startEngine() {
    getDockerClient().startContainerCmd(getContainerId()).exec();
    ready.waitUntilReady(this);
  }

  /** The image docker-compose.yml starts by default, so both move together. */
  static String composeImage() {
    try {
      Matcher m = COMPOSE_VERSION.matcher(Files.readString(Path.of("..", "docker-compose.yml")));
      if (!m.find()) {
        throw new IllegalStateException("no camunda/camunda image in docker-compose.yml");
      }
      return "camunda/camunda:" + m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the Camunda container", e);
    }
  }
}
