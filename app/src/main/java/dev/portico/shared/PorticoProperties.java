package dev.portico.shared;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Portico's own settings: one switch per runtime concern (see ARCHITECTURE.md §2).
 *
 * @param baseUrl the public address used in links sent by mail; never taken from a request
 * @param dataDir where embedded data (database, files) lives
 */
@ConfigurationProperties("portico")
public record PorticoProperties(
    URI baseUrl, Path dataDir, Database database, Engine engine, Mail mail, Demo demo) {

  public enum Mode {
    EMBEDDED,
    REMOTE
  }

  /** {@code EMBEDDED}: an embedded PostgreSQL under dataDir; {@code REMOTE}: spring.datasource. */
  public record Database(Mode mode, boolean cleanOnStart) {}

  /** {@code EMBEDDED}: an in-process Zeebe engine; {@code REMOTE}: camunda.client settings. */
  public record Engine(Mode mode, int embeddedPort) {}

  /** {@code CAPTURE}: mails go to the dev mailbox and the log; {@code SMTP}: spring.mail. */
  public record Mail(MailMode mode, String from) {}

  public enum MailMode {
    CAPTURE,
    SMTP
  }

  /** Seed the demo agency on start-up (idempotent). */
  public record Demo(boolean seed) {}

  public String link(String path) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
