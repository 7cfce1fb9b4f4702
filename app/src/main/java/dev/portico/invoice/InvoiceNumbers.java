package dev.portico.invoice;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free invoice numbers per workspace ({@code INV-0001}, {@code INV-0002}, …). Taking a number
 * locks the workspace's counter row until the sending transaction ends: concurrent sends queue up,
 * and a send that rolls back gives its number back.
 */
@Component
class InvoiceNumbers {

  private final JdbcClient jdbc;

  InvoiceNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(UUID workspaceId) {
    int n =
        jdbc.sql(
                "insert into invoice_counter (workspace_id, last_number) values (?, 1)"
                    + " on conflict (workspace_id)"
                    + " do update set last_number = invoice_counter.last_number + 1"
                    + " returning last_number")
            .param(workspaceId)
            .query(Integer.class)
            .single();
    return format(n);
  }

  static String format(int n) {
    return "INV-%04d".formatted(n);
  }
}
