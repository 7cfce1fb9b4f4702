package dev.portico.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.portico.shared.PorticoProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a PostgreSQL server started in-process with its data under {@code
 * <dataDir>/postgres}, kept across restarts. {@code portico.database.mode=remote} uses {@code
 * spring.datasource.*} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portico.database.mode", havingValue = "embedded")
class EmbeddedDatabaseConfig {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(PorticoProperties properties) throws IOException {
    Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
    Files.createDirectories(dir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(properties.database().cleanOnStart())
            .start();
    log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(10);
    pool.setPoolName("portico-embedded");
    return pool;
  }
}
