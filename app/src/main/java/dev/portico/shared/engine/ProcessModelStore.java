package dev.portico.shared.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The process models owners uploaded (table {@code process_model}, installation-wide). */
@Component
class ProcessModelStore {

  /** One uploaded model; {@code engineVersion} is null until deployed. */
  record StoredModel(
      UUID id,
      String processId,
      String fileName,
      byte[] content,
      String sha256,
      String uploadedByName,
      Instant uploadedAt,
      Integer engineVersion,
      Long definitionKey,
      Instant deployedAt,
      boolean active,
      String startupProblem) {}

  private static final String COLUMNS =
      "id, process_id, file_name, content, sha256, uploaded_by_name, uploaded_at, engine_version,"
          + " definition_key, deployed_at, active, startup_problem";

  private final JdbcClient jdbc;

  ProcessModelStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<StoredModel> active() {
    return jdbc.sql("select " + COLUMNS + " from process_model where active order by process_id")
        .query(ProcessModelStore::row)
        .list();
  }

  List<StoredModel> of(String processId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from process_model where process_id = ? order by uploaded_at desc, id")
        .param(processId)
        .query(ProcessModelStore::row)
        .list();
  }

  Optional<StoredModel> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from process_model where id = ?")
        .param(id)
        .query(ProcessModelStore::row)
        .optional();
  }

  void insert(
      UUID id,
      String processId,
      String fileName,
      byte[] content,
      String sha256,
      UUID uploadedBy,
      String uploadedByName,
      UUID workspaceId,
      Instant at) {
    jdbc.sql(
            "insert into process_model (id, process_id, file_name, content, sha256, uploaded_by,"
                + " uploaded_by_name, uploaded_in_workspace, uploaded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            processId,
            fileName,
            content,
            sha256,
            uploadedBy,
            uploadedByName,
            workspaceId,
            Timestamp.from(at))
        .update();
  }

  /** The model is what start-up deploys for its process from now on; no other one is. */
  void activate(UUID id, String processId) {
    deactivateAll(processId);
    jdbc.sql("update process_model set active = true, startup_problem = null where id = ?")
        .param(id)
        .update();
  }

  void deactivateAll(String processId) {
    jdbc.sql("update process_model set active = false where process_id = ? and active")
        .param(processId)
        .update();
  }

  void deployed(UUID id, int version, long definitionKey, Instant at) {
    jdbc.sql(
            "update process_model set engine_version = ?, definition_key = ?, deployed_at = ?"
                + " where id = ?")
        .params(version, definitionKey, Timestamp.from(at), id)
        .update();
  }

  void startupProblem(UUID id, String problem) {
    jdbc.sql("update process_model set startup_problem = ? where id = ?")
        .params(problem, id)
        .update();
  }

  private static StoredModel row(ResultSet rs, int n) throws SQLException {
    Timestamp deployedAt = rs.getTimestamp("deployed_at");
    return new StoredModel(
        rs.getObject("id", UUID.class),
        rs.getString("process_id"),
        rs.getString("file_name"),
        rs.getBytes("content"),
        rs.getString("sha256"),
        rs.getString("uploaded_by_name"),
        rs.getTimestamp("uploaded_at").toInstant(),
        (Integer) rs.getObject("engine_version"),
        (Long) rs.getObject("definition_key"),
        deployedAt == null ? null : deployedAt.toInstant(),
        rs.getBoolean("active"),
        rs.getString("startup_problem"));
  }
}
