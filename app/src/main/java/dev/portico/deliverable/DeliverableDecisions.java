package dev.portico.deliverable;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverableDecisions extends JpaRepository<DeliverableDecision, UUID> {

  List<DeliverableDecision> findByDeliverableIdOrderByDecidedAtDesc(UUID deliverableId);
}
