package dev.portico.workspace.ui;

import dev.portico.shared.ui.FileResponses;
import dev.portico.workspace.PortalSettings;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves agency logos to the portal and to mail readers, to anyone: a logo is not secret. Only a
 * file that is some workspace's current logo and a raster image is served; its address is its
 * content hash, so it may be cached for long.
 */
@Controller
class LogoController {

  private final PortalSettings settings;

  LogoController(PortalSettings settings) {
    this.settings = settings;
  }

  @GetMapping(PortalSettings.LOGO_PATH + "{sha256}")
  ResponseEntity<?> logo(@PathVariable String sha256) {
    return settings
        .logo(sha256)
        .<ResponseEntity<?>>map(
            logo -> {
              Resource body = new FileSystemResource(logo.path());
              return ResponseEntity.ok()
                  .contentType(MediaType.parseMediaType(logo.contentType()))
                  .header("X-Content-Type-Options", "nosniff")
                  .header("Content-Security-Policy", "sandbox; default-src 'none'")
                  .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                  .body(body);
            })
        .orElseGet(FileResponses::notFound);
  }
}
