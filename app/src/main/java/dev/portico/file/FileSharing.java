package dev.portico.file;

import dev.portico.client.ClientDirectory;
import dev.portico.identity.AccountAccess;
import dev.portico.project.ProjectFacts;
import dev.portico.project.ProjectFacts.Facts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.files.ContentTypes;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.StoredFile;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff share files with a client company, for the whole company or one of its projects: an upload
 * is shared at once; unsharing hides it from the client (staff still see it) until someone shares
 * it again. Every share and unshare lands in the audit trail.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class FileSharing {

  /** The longest description a file may have. */
  public static final int MAX_DESCRIPTION = 500;

  /**
   * A shared file as staff see it, shared or not.
   *
   * @param projectName null for a file shared with the whole company
   * @param unsharedBy who last unshared it while it is not shared; null while shared
   */
  public record StaffFile(
      UUID id,
      String fileName,
      String description,
      String contentType,
      long sizeBytes,
      UUID projectId,
      String projectName,
      String sharedBy,
      Instant sharedAt,
      boolean shared,
      String unsharedBy,
      Instant unsharedAt) {}

  /** A project of the client, to share a file for. */
  public record ProjectChoice(UUID id, String name) {}

  private final SharedFiles sharedFiles;
  private final FileStore files;
  private final ClientDirectory clients;
  private final ProjectFacts projects;
  private final AccountAccess people;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  FileSharing(
      SharedFiles sharedFiles,
      FileStore files,
      ClientDirectory clients,
      ProjectFacts projects,
      AccountAccess people,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.sharedFiles = sharedFiles;
    this.files = files;
    this.clients = clients;
    this.projects = projects;
    this.people = people;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The largest file an upload may be, so the upload form can say so before sending. */
  public long maxUploadBytes() {
    return files.maxBytes();
  }

  /**
   * Stores an upload and shares it with the client company at once.
   *
   * @param projectId one of the client's projects, or null for the whole company
   * @throws ValidationException for an empty, too large or disguised file, saying why
   */
  @Transactional
  public UUID share(
      UUID clientId,
      UUID projectId,
      String fileName,
      @Size(max = MAX_DESCRIPTION, message = "At most " + MAX_DESCRIPTION + " characters")
          String description,
      InputStream content) {
    SessionUser me = currentUser.require();
    clients.get(clientId); // not found outside the staff member's workspace
    String projectName = projectId == null ? null : projectOf(me, clientId, projectId).name();
    StoredFile stored = files.store(fileName, content);
    ContentTypes.disguise(stored.fileName(), stored.contentType())
        .ifPresent(
            why -> {
              throw new ValidationException(why);
            });
    SharedFile file =
        sharedFiles.save(
            new SharedFile(
                me.workspaceId(),
                clientId,
                projectId,
                stored,
                blankToNull(description),
                me.accountId(),
                clock.instant()));
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "file shared",
        file.getId(),
        file.getFileName()
            + (projectName == null ? ", with the whole company" : ", for " + projectName));
    return file.getId();
  }

  /** Hides the file from the client; staff still see it. Already unshared is fine. */
  @Transactional
  public void unshare(UUID fileId) {
    SessionUser me = currentUser.require();
    SharedFile file = lockOwn(fileId, me);
    if (!file.isShared()) {
      return;
    }
    file.unshare(me.accountId(), clock.instant());
    audit.record(me.workspaceId(), me.accountId(), "file unshared", fileId, file.getFileName());
  }

  /** Shows an unshared file to the client again, as shared now. Already shared is fine. */
  @Transactional
  public void shareAgain(UUID fileId) {
    SessionUser me = currentUser.require();
    SharedFile file = lockOwn(fileId, me);
    if (file.isShared()) {
      return;
    }
    file.reshare(me.accountId(), clock.instant());
    audit.record(me.workspaceId(), me.accountId(), "file shared again", fileId, file.getFileName());
  }

  /** The client's projects, by name: where a file for one project can go. */
  public List<ProjectChoice> projectsOf(UUID clientId) {
    SessionUser me = currentUser.require();
    clients.get(clientId);
    return projects.ofClient(me.workspaceId(), clientId).stream()
        .map(p -> new ProjectChoice(p.projectId(), p.name()))
        .toList();
  }

  /** Everything shared with a client company (whole company and its projects), newest first. */
  public List<StaffFile> forClient(UUID clientId) {
    SessionUser me = currentUser.require();
    clients.get(clientId);
    Map<UUID, String> projectNames =
        projects.ofClient(me.workspaceId(), clientId).stream()
            .collect(Collectors.toMap(Facts::projectId, Facts::name));
    return rows(
        sharedFiles.findByWorkspaceIdAndClientIdOrderBySharedAtDescIdAsc(
            me.workspaceId(), clientId),
        projectNames);
  }

  /** The files of one project, newest first (not those shared with the whole company). */
  public List<StaffFile> forProject(UUID projectId) {
    SessionUser me = currentUser.require();
    Facts project = projects.of(projectId);
    if (!project.workspaceId().equals(me.workspaceId())) {
      throw new NotFoundException("Project");
    }
    return rows(
        sharedFiles.findByWorkspaceIdAndProjectIdOrderBySharedAtDescIdAsc(
            me.workspaceId(), projectId),
        Map.of(projectId, project.name()));
  }

  /** Who shared, unshared and downloaded a file when, newest first. */
  public List<AuditTrail.Entry> history(UUID fileId) {
    SessionUser me = currentUser.require();
    own(fileId, me);
    return audit.about(me.workspaceId(), List.of(fileId));
  }

  private List<StaffFile> rows(List<SharedFile> all, Map<UUID, String> projectNames) {
    Map<UUID, String> names = new HashMap<>();
    Function<UUID, String> name =
        id ->
            id == null
                ? null
                : names.computeIfAbsent(id, x -> people.nameOf(x).orElse("Former member"));
    return all.stream()
        .map(
            f ->
                new StaffFile(
                    f.getId(),
                    f.getFileName(),
                    f.getDescription(),
                    f.getContentType(),
                    f.getSizeBytes(),
                    f.getProjectId(),
                    f.getProjectId() == null ? null : projectNames.get(f.getProjectId()),
                    name.apply(f.getSharedBy()),
                    f.getSharedAt(),
                    f.isShared(),
                    name.apply(f.getUnsharedBy()),
                    f.getUnsharedAt()))
        .toList();
  }

  private Facts projectOf(SessionUser me, UUID clientId, UUID projectId) {
    Facts project = projects.of(projectId);
    if (!project.workspaceId().equals(me.workspaceId()) || !project.clientId().equals(clientId)) {
      throw new NotFoundException("Project");
    }
    return project;
  }

  private SharedFile own(UUID fileId, SessionUser me) {
    return sharedFiles
        .findByIdAndWorkspaceId(fileId, me.workspaceId())
        .orElseThrow(() -> new NotFoundException("File"));
  }

  private SharedFile lockOwn(UUID fileId, SessionUser me) {
    return sharedFiles
        .lockByIdAndWorkspaceId(fileId, me.workspaceId())
        .orElseThrow(() -> new NotFoundException("File"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
