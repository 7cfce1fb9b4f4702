package dev.portico.workspace;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomDomains extends JpaRepository<CustomDomain, UUID> {

  Optional<CustomDomain> findByDomain(String domain);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from CustomDomain d where d.workspaceId = :workspaceId")
  Optional<CustomDomain> lockByWorkspaceId(UUID workspaceId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from CustomDomain d where d.verificationId = :verificationId")
  Optional<CustomDomain> lockByVerificationId(UUID verificationId);

  Optional<CustomDomain> findByVerificationId(UUID verificationId);

  List<CustomDomain> findByState(DomainState state);

  @Query(
      "select count(d) > 0 from CustomDomain d where d.domain = :domain"
          + " and d.state = dev.portico.workspace.DomainState.VERIFIED")
  boolean isVerified(String domain);
}
