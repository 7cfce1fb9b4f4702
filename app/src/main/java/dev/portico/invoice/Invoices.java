package dev.portico.invoice;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Invoices extends JpaRepository<Invoice, UUID> {

  /** Every change of an invoice takes this lock first: a payment and a void have one winner. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Invoice i where i.id = :id")
  Optional<Invoice> lockById(UUID id);

  Optional<Invoice> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  /** A client's invoices that are not drafts, newest first. */
  @Query(
      "select i from Invoice i where i.workspaceId = :workspaceId and i.clientId = :clientId"
          + " and i.status <> dev.portico.invoice.InvoiceStatus.DRAFT order by i.sentAt desc")
  List<Invoice> sentToClient(UUID workspaceId, UUID clientId);

  /** Invoices whose dunning flow is in flight: open, or paid with the receipt still to send. */
  @Query(
      "select i from Invoice i where i.status in (dev.portico.invoice.InvoiceStatus.SENT,"
          + " dev.portico.invoice.InvoiceStatus.OVERDUE) or (i.status ="
          + " dev.portico.invoice.InvoiceStatus.PAID and i.receiptSentAt is null)")
  List<Invoice> inFlight();
}
