package dev.portico.demo;

import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.PorticoUser;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.MilestoneRow;
import dev.portico.project.ProjectPlanning.ProjectRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts demo work in front of Acme the way Sam would: a homepage design and brand guidelines,
 * uploaded and sent for review through the same services and process as real work (so Alex gets the
 * review mail in the dev mailbox). Runs once the engine has the models.
 */
@Component
public class DemoWork {

  private final DeliverableLibrary library;
  private final ProjectPlanning planning;
  private final AccountAccess access;

  DemoWork(DeliverableLibrary library, ProjectPlanning planning, AccountAccess access) {
    this.library = library;
    this.planning = planning;
    this.access = access;
  }

  /**
   * @return whether it shared anything (false when the demo project already has deliverables)
   */
  public boolean shareOnce() {
    var sam = access.signInAllowed(DemoData.STAFF_EMAIL).orElse(null);
    if (sam == null) {
      return false;
    }
    PorticoUser principal = new PorticoUser(sam);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    try {
      UUID website =
          planning.list().stream()
              .filter(p -> p.name().equals(DemoData.WEBSITE_PROJECT))
              .map(ProjectRow::id)
              .findFirst()
              .orElse(null);
      if (website == null || !library.list(website).isEmpty()) {
        return false;
      }
      UUID designApproved =
          planning.detail(website).milestones().stream()
              .filter(m -> m.title().equals("Design approved"))
              .map(MilestoneRow::id)
              .findFirst()
              .orElse(null);
      share(
          website,
          new DeliverableForm(
              "Homepage design",
              "First take on the new homepage: hero, product grid and a shorter way to checkout.",
              designApproved,
              null),
          "homepage-design-v1.png");
      share(
          website,
          new DeliverableForm(
              "Brand guidelines",
              "Logo, colour, type and imagery rules for everyone working on Acme.",
              null,
              null),
          "brand-guidelines.pdf");
      return true;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void share(UUID projectId, DeliverableForm form, String file) {
    UUID id = library.create(projectId, form);
    try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
      library.upload(id, file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    library.markReady(id);
  }
}
