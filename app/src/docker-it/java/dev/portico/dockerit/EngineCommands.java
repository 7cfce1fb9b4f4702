package dev.portico.dockerit;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the engine-command outbox ({@code engine_command}) the way an operator would: what waits
 * for the engine, what was sent, how often the relay tried.
 */
public record EngineCommands(JdbcClient jdbc) {

  /** Message publishes for this business id that the engine has not accepted yet. */
  public int waiting(String messageName, UUID businessId) {
    return count("sent_at is null", messageName, businessId);
  }

  /** Message publishes for this business id that the engine accepted. */
  public int sent(String messageName, UUID businessId) {
    return count("sent_at is not null", messageName, businessId);
  }

  /** Attempts the relay made so far on the waiting publishes of this business id. */
  public int attempts(String messageName, UUID businessId) {
    return jdbc.sql(
            "select coalesce(max(attempts), 0) from engine_command"
                + " where kind = 'PUBLISH_MESSAGE' and message_name = ? and business_key = ?"
                + " and sent_at is null")
        .param(messageName)
        .param(businessId.toString())
        .query(Integer.class)
        .single();
  }

  private int count(String condition, String messageName, UUID businessId) {
    return jdbc.sql(
            "select count(*) from engine_command"
                + " where kind = 'PUBLISH_MESSAGE' and message_name = ? and business_key = ? and "
                + condition)
        .param(messageName)
        .param(businessId.toString())
        .query(Integer.class)
        .single();
  }
}
