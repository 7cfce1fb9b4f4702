package dev.portico.deliverable;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverableVersions extends JpaRepository<DeliverableVersion, UUID> {

  List<DeliverableVersion> findByDeliverableIdOrderByNumberDesc(UUID deliverableId);
}
