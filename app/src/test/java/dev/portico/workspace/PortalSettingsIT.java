package dev.portico.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Standing;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.InviteForm;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PortalSettingsIT {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired Fixtures fixtures;
  @Autowired PortalSettings settings;
  @Autowired WorkspaceSettings workspace;
  @Autowired AccountAccess access;
  @Autowired ClientInvitations invitations;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  Agency a;

  @BeforeEach
  void agency() {
    a = fixtures.agency("S");
    Fixtures.signIn(a.owner());
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void ownerBrandsThePortalAndMailsAndTheChangeIsAudited() {
    settings.changeBranding(" #1A56DB ", "Hello there", "help@agency.test");

    Branding brand = workspace.branding();
    assertThat(brand.accentColor()).isEqualTo("#1a56db");
    assertThat(brand.welcomeMessage()).isEqualTo("Hello there");
    assertThat(brand.supportEmail()).isEqualTo("help@agency.test");
    assertThat(workspace.policyOf(a.workspaceId()).branding().accentColor())
        .as("mails read the branding when they are written")
        .isEqualTo("#1a56db");
    assertThat(details())
        .contains(
            "Owner S set the accent colour to #1a56db, changed the welcome message, set the"
                + " support email to help@agency.test");
  }

  @Test
  void accentTooLightForWhiteTextIsRefusedWithItsRatioAndTheOldValueKept() {
    settings.changeBranding("#1a56db", null, null);

    assertThatThrownBy(() -> settings.changeBranding("#ffcc00", null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("White text on #ffcc00 has a contrast of only 1.51:1")
        .hasMessageContaining("4.5:1");
    assertThatThrownBy(() -> settings.changeBranding("blue", null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("six hex digits");
    assertThatThrownBy(() -> settings.changeBranding("#12345", null, null))
        .isInstanceOf(ValidationException.class);
    assertThat(workspace.branding().accentColor()).isEqualTo("#1a56db");
  }

  @Test
  void contrastFollowsWcag() {
    assertThat(AccentContrast.withWhite("#000000"))
        .isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(AccentContrast.withWhite("#ffffff"))
        .isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    // #767676 is the well-known lightest grey that passes AA on white
    assertThat(AccentContrast.withWhite("#767676")).isGreaterThanOrEqualTo(4.5);
    assertThat(AccentContrast.withWhite("#777777")).isLessThan(4.5);
  }

  @Test
  void welcomeMessageAndSupportEmailAreChecked() {
    assertThatThrownBy(() -> settings.changeBranding(null, "x".repeat(501), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("up to 500 characters");
    assertThatThrownBy(() -> settings.changeBranding(null, null, "not-an-email"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not an email address");
    settings.changeBranding(null, "x".repeat(500), null);
    assertThat(workspace.branding().welcomeMessage()).hasSize(500);
  }

  @Test
  void starterMayChangeTheLogoButNotTheRestOfTheBranding() {
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?").param(a.workspaceId()).update();

    assertThat(settings.fullBrandingIncluded()).isFalse();
    assertThatThrownBy(() -> settings.changeBranding("#1a56db", null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Growth and Scale plans include full branding");
    assertThat(workspace.branding().accentColor()).isNull();

    settings.uploadLogo("logo.png", new ByteArrayInputStream(PNG));
    assertThat(workspace.branding().logoUrl()).startsWith(PortalSettings.LOGO_PATH);
  }

  @Test
  void rasterLogoIsStoredServedOnlyAsALogoAndRemovable() throws Exception {
    settings.uploadLogo("logo.png", new ByteArrayInputStream(PNG));

    String url = workspace.branding().logoUrl();
    String sha = url.substring(PortalSettings.LOGO_PATH.length());
    var logo = settings.logo(sha).orElseThrow();
    assertThat(logo.contentType()).isEqualTo("image/png");
    assertThat(Files.readAllBytes(logo.path())).isEqualTo(PNG);
    assertThat(workspace.policyOf(a.workspaceId()).branding().logoUrl())
        .as("mails get the full address")
        .startsWith("http")
        .endsWith(url);
    assertThat(settings.logo("0".repeat(64))).as("no logo of anyone").isEmpty();
    assertThat(settings.logo("../etc/passwd")).isEmpty();
    assertThat(details())
        .anyMatch(d -> d.startsWith("Owner S uploaded a new logo (logo.png, image/png"));

    settings.removeLogo();
    assertThat(workspace.branding().logoUrl()).isNull();
    assertThat(settings.logo(sha)).as("a removed logo is no longer served").isEmpty();
    assertThat(details()).contains("Owner S removed the logo");
  }

  @Test
  void logoRefusesSvgHtmlEmptyAndTooLarge() {
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] html = "<!doctype html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] large = new byte[(int) PortalSettings.MAX_LOGO_BYTES + 1];
    System.arraycopy(PNG, 0, large, 0, PNG.length);

    assertThatThrownBy(() -> settings.uploadLogo("logo.png", new ByteArrayInputStream(svg)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("SVG images can carry scripts");
    assertThatThrownBy(() -> settings.uploadLogo("logo.png", new ByteArrayInputStream(html)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("logo.png is no image");
    assertThatThrownBy(() -> settings.uploadLogo("logo.png", new ByteArrayInputStream(large)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("larger than 1 MB");
    assertThatThrownBy(() -> settings.uploadLogo("logo.png", new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is empty");
    assertThat(workspace.branding().logoUrl()).isNull();
  }

  @Test
  void portalSwitchedOffPausesContactsRefusesInvitationsAndKeepsStaff() {
    settings.switchPortal(false);

    assertThat(access.stillAllowed(a.clientOf1().accountId())).isFalse();
    assertThat(access.standing(a.clientOf1().accountId())).isEqualTo(Standing.PORTAL_OFF);
    assertThat(access.signInAllowed(a.clientOf1().email())).as("no sign-in").isEmpty();
    assertThat(access.standing(a.staff().accountId())).isEqualTo(Standing.ALLOWED);
    assertThat(access.signInAllowed(a.staff().email())).isPresent();
    assertThatThrownBy(
            () ->
                invitations.invite(
                    a.client1(),
                    new InviteForm("new-" + UUID.randomUUID() + "@x.test", null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("The client portal is switched off");
    assertThat(details()).contains("Owner S switched the client portal off");

    settings.switchPortal(true);
    assertThat(access.standing(a.clientOf1().accountId())).isEqualTo(Standing.ALLOWED);
    assertThat(access.signInAllowed(a.clientOf1().email())).isPresent();
  }

  @Test
  void whileThePortalIsOffNoMailPointsClientsIntoIt() {
    assertThat(access.contactsOf(a.client1()))
        .extracting(AccountAccess.Contact::portalAccess)
        .containsOnly(true);

    settings.switchPortal(false);
    assertThat(access.contactsOf(a.client1()))
        .as("review mails go to contacts who can open the portal: none now")
        .extracting(AccountAccess.Contact::portalAccess)
        .containsOnly(false);

    settings.switchPortal(true);
    assertThat(access.contactsOf(a.client1()))
        .extracting(AccountAccess.Contact::portalAccess)
        .containsOnly(true);
  }

  private List<String> details() {
    return audit.about(a.workspaceId(), List.of(a.workspaceId())).stream()
        .map(AuditTrail.Entry::detail)
        .toList();
  }
}
