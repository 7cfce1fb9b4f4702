package dev.portico.file;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SharedFiles extends JpaRepository<SharedFile, UUID> {

  Optional<SharedFile> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

  /** Unshare and share again take this lock, so two clicks record one change. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select f from SharedFile f where f.id = :id and f.workspaceId = :workspaceId")
  Optional<SharedFile> lockByIdAndWorkspaceId(UUID id, UUID workspaceId);

  List<SharedFile> findByWorkspaceIdAndClientIdOrderBySharedAtDescIdAsc(
      UUID workspaceId, UUID clientId);

  List<SharedFile> findByWorkspaceIdAndProjectIdOrderBySharedAtDescIdAsc(
      UUID workspaceId, UUID projectId);

  /** What the client company sees: shared files only, newest first. */
  List<SharedFile> findByWorkspaceIdAndClientIdAndUnsharedAtIsNullOrderBySharedAtDescIdAsc(
      UUID workspaceId, UUID clientId);

  Optional<SharedFile> findByIdAndWorkspaceIdAndClientIdAndUnsharedAtIsNull(
      UUID id, UUID workspaceId, UUID clientId);
}
