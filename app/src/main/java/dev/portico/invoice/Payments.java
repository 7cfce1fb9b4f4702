package dev.portico.invoice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, UUID> {

  List<Payment> findByInvoiceIdOrderByReceivedOnAscRecordedAtAsc(UUID invoiceId);

  List<Payment> findByInvoiceIdIn(Collection<UUID> invoiceIds);

  boolean existsByWorkspaceIdAndReference(UUID workspaceId, String reference);
}
