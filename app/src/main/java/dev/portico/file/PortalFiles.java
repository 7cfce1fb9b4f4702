package dev.portico.file;

import dev.portico.identity.AccountAccess;
import dev.portico.project.ProjectFacts;
import dev.portico.project.ProjectFacts.Facts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files the agency shares with the signed-in contact's company: those for the whole company and
 * those of its projects, newest first. Unshared files are not there at all.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLIENT')")
public class PortalFiles {

  /**
   * A file as the client sees it; the type has no place for anything internal.
   *
   * @param projectName null for a file shared with the whole company
   */
  public record PortalFile(
      UUID id,
      String fileName,
      String description,
      String contentType,
      long sizeBytes,
      UUID projectId,
      String projectName,
      String sharedBy,
      Instant sharedAt) {}

  /** A project of the company, to filter files by. */
  public record ProjectChoice(UUID id, String name) {}

  private final SharedFiles sharedFiles;
  private final ProjectFacts projects;
  private final AccountAccess people;
  private final CurrentUser currentUser;

  PortalFiles(
      SharedFiles sharedFiles,
      ProjectFacts projects,
      AccountAccess people,
      CurrentUser currentUser) {
    this.sharedFiles = sharedFiles;
    this.projects = projects;
    this.people = people;
    this.currentUser = currentUser;
  }

  /** Everything shared with the company now, newest first. */
  @ClientRead
  public List<PortalFile> mine() {
    SessionUser me = currentUser.require();
    Map<UUID, String> projectNames =
        projects.ofClient(me.workspaceId(), me.clientId()).stream()
            .collect(Collectors.toMap(Facts::projectId, Facts::name));
    return rows(
        sharedFiles.findByWorkspaceIdAndClientIdAndUnsharedAtIsNullOrderBySharedAtDescIdAsc(
            me.workspaceId(), me.clientId()),
        projectNames);
  }

  /** The files shared for one of the company's projects; "not found" for anyone else's. */
  @ClientRead
  public List<PortalFile> forProject(UUID projectId) {
    SessionUser me = currentUser.require();
    Facts project = projects.of(projectId);
    if (!project.workspaceId().equals(me.workspaceId())
        || !project.clientId().equals(me.clientId())) {
      throw new NotFoundException("Project");
    }
    return mine().stream().filter(f -> projectId.equals(f.projectId())).toList();
  }

  /** The company's projects, by name. */
  @ClientRead
  public List<ProjectChoice> projects() {
    SessionUser me = currentUser.require();
    return projects.ofClient(me.workspaceId(), me.clientId()).stream()
        .map(p -> new ProjectChoice(p.projectId(), p.name()))
        .toList();
  }

  /** Whom to ask for a file: the leads of the company's projects, by name. */
  @ClientRead
  public List<String> whoToAsk() {
    SessionUser me = currentUser.require();
    return projects.ofClient(me.workspaceId(), me.clientId()).stream()
        .map(Facts::leadId)
        .filter(Objects::nonNull)
        .distinct()
        .map(id -> people.nameOf(id).orElse(null))
        .filter(Objects::nonNull)
        .sorted()
        .toList();
  }

  private List<PortalFile> rows(List<SharedFile> all, Map<UUID, String> projectNames) {
    Map<UUID, String> names = new HashMap<>();
    return all.stream()
        .map(
            f ->
                new PortalFile(
                    f.getId(),
                    f.getFileName(),
                    f.getDescription(),
                    f.getContentType(),
                    f.getSizeBytes(),
                    f.getProjectId(),
                    f.getProjectId() == null ? null : projectNames.get(f.getProjectId()),
                    names.computeIfAbsent(
                        f.getSharedBy(), id -> people.nameOf(id).orElse("The team")),
                    f.getSharedAt()))
        .toList();
  }
}
