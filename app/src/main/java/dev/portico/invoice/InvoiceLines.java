package dev.portico.invoice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceLines extends JpaRepository<InvoiceLine, UUID> {

  List<InvoiceLine> findByInvoiceIdOrderByPosition(UUID invoiceId);

  List<InvoiceLine> findByInvoiceIdInOrderByPosition(Collection<UUID> invoiceIds);

  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("delete from InvoiceLine l where l.invoiceId = :invoiceId")
  void deleteByInvoice(UUID invoiceId);
}
