package dev.portico.workspace;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.files.ContentTypes;
import dev.portico.shared.files.Download;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.StoredFile;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's settings of the client portal: whether it is on, and its branding (logo, accent
 * colour, welcome message, support email). Rules and plan gating in decision 020; every change is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class PortalSettings {

  /** Where uploaded logos are served; the content hash follows, so an address never changes. */
  public static final String LOGO_PATH = "/branding/logos/";

  public static final long MAX_LOGO_BYTES = 1024 * 1024;
  public static final int MAX_WELCOME_CHARS = 500;

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+$");
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private final Workspaces workspaces;
  private final FileStore files;
  private final AuditTrail audit;
  private final CurrentUser currentUser;

  PortalSettings(
      Workspaces workspaces, FileStore files, AuditTrail audit, CurrentUser currentUser) {
    this.workspaces = workspaces;
    this.files = files;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  /** Whether the plan lets the owner change more than the logo. */
  @PreAuthorize("hasRole('OWNER')")
  public boolean fullBrandingIncluded() {
    return Feature.FULL_BRANDING.includedIn(current().getPlan());
  }

  /** Owners switch the client portal on or off (decision 020 says what "off" means). */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void switchPortal(boolean enabled) {
    Workspace w = current();
    if (w.isPortalEnabled() == enabled) {
      return;
    }
    w.switchPortal(enabled);
    record(w, "switched the client portal " + (enabled ? "on" : "off"));
  }

  /**
   * Accent colour ({@code #rrggbb}, white text on it at least 4.5:1), welcome message (at most 500
   * characters) and support email; blank clears a field. Growth and Scale only; on Starter any
   * change is refused.
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void changeBranding(String accentColor, String welcomeMessage, String supportEmail) {
    String accent = blankToNull(accentColor);
    if (accent != null) {
      String normalized = AccentContrast.normalize(accent);
      if (normalized == null) {
        throw new ValidationException(
            "Enter the accent colour as # and six hex digits, e.g. #1a56db (\""
                + accent
                + "\" is not one).");
      }
      double ratio = AccentContrast.withWhite(normalized);
      if (ratio < AccentContrast.MINIMUM) {
        throw new ValidationException(
            "White text on "
                + normalized
                + " has a contrast of only "
                + AccentContrast.label(ratio)
                + "; buttons need at least 4.5:1 (WCAG AA). Choose a darker colour.");
      }
      accent = normalized;
    }
    String welcome = blankToNull(welcomeMessage);
    if (welcome != null && welcome.length() > MAX_WELCOME_CHARS) {
      throw new ValidationException(
          "The welcome message can be up to "
              + MAX_WELCOME_CHARS
              + " characters; it has "
              + welcome.length()
              + ".");
    }
    String support = blankToNull(supportEmail);
    if (support != null && (support.length() > 254 || !EMAIL.matcher(support).matches())) {
      throw new ValidationException(
          "\"" + support + "\" is not an email address clients can write to.");
    }
    Workspace w = current();
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(w.getAccentColor(), accent)) {
      changes.add(
          accent == null ? "removed the accent colour" : "set the accent colour to " + accent);
    }
    if (!Objects.equals(w.getWelcomeMessage(), welcome)) {
      changes.add(welcome == null ? "removed the welcome message" : "changed the welcome message");
    }
    if (!Objects.equals(w.getSupportEmail(), support)) {
      changes.add(
          support == null ? "removed the support email" : "set the support email to " + support);
    }
    if (changes.isEmpty()) {
      return;
    }
    if (!Feature.FULL_BRANDING.includedIn(w.getPlan())) {
      throw new ValidationException(
          "Growth and Scale plans include full branding. On the Starter plan you can change the"
              + " logo.");
    }
    w.brand(accent, welcome, support);
    record(w, String.join(", ", changes));
  }

  /**
   * Stores a new logo: PNG, JPEG, WebP or GIF (the type detected from the bytes), at most 1 MB.
   * Every plan may change the logo.
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void uploadLogo(String fileName, InputStream content) {
    byte[] bytes;
    try {
      bytes = content.readNBytes((int) MAX_LOGO_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the logo", e);
    }
    String name = fileName == null || fileName.isBlank() ? "The file" : fileName;
    if (bytes.length == 0) {
      throw new ValidationException(name + " is empty. Choose an image with content.");
    }
    if (bytes.length > MAX_LOGO_BYTES) {
      throw new ValidationException(
          name + " is larger than 1 MB. Upload a smaller logo (PNG, JPEG, WebP or GIF).");
    }
    String type = files.detect(bytes);
    if (!ContentTypes.isImage(type)) {
      throw new ValidationException(
          (type.contains("svg")
                  ? "SVG images can carry scripts, so they"
                  : name + " is no image and")
              + " cannot be used as a logo. Upload a PNG, JPEG, WebP or GIF.");
    }
    StoredFile stored = files.store(fileName, new ByteArrayInputStream(bytes));
    Workspace w = current();
    w.showLogo(LOGO_PATH + stored.sha256());
    record(
        w,
        "uploaded a new logo ("
            + stored.fileName()
            + ", "
            + stored.contentType()
            + ", "
            + Math.max(1, stored.size() / 1024)
            + " KB)");
  }

  /** The portal and mails show the agency's name instead of a logo. */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void removeLogo() {
    Workspace w = current();
    if (w.getLogoUrl() == null) {
      return;
    }
    w.showLogo(null);
    record(w, "removed the logo");
  }

  /**
   * A logo by its content hash, for anyone (logos are not secret; mails show them): only a file
   * that is some workspace's current logo, and only as a raster image.
   */
  public Optional<Download> logo(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      return Optional.empty();
    }
    if (!workspaces.existsByLogoUrl(LOGO_PATH + sha256)) {
      return Optional.empty();
    }
    Path path = files.pathOf(sha256);
    try {
      if (!Files.exists(path)) {
        return Optional.empty();
      }
      String type = files.detect(Files.readAllBytes(path));
      return ContentTypes.isImage(type)
          ? Optional.of(new Download(path, "logo", type, true, Files.size(path)))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void record(Workspace w, String what) {
    SessionUser me = currentUser.require();
    audit.record(
        w.getId(), me.accountId(), "Portal settings changed", w.getId(), me.name() + " " + what);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Workspace current() {
    UUID id = currentUser.require().workspaceId();
    return workspaces.findById(id).orElseThrow(() -> new NotFoundException("Workspace"));
  }
}
