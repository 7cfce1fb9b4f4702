package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What anyone notices first on any screen: no page scrolls sideways at desktop, tablet or phone
 * width, "Sign out" and every tab are reachable on a phone (through the menu), and an address that
 * leads nowhere shows the app's own Not found page with status 404.
 */
class FitAndRoutesTest extends BrowserTest {

  private static final int[] WIDTHS = {1280, 768, 390};

  @Test
  void everyPortalPageFitsDesktopTabletAndPhone() {
    Agency agency = fixtures.agency("L");
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());

    List<String> pages =
        List.of(
            "/portal",
            "/portal/projects",
            "/portal/projects/" + agency.project1(),
            "/portal/tasks",
            "/portal/tasks/" + agency.visibleTask1(),
            "/portal/feedback",
            "/portal/files",
            "/portal/billing");
    for (String path : pages) {
      client.navigate(BASE + path);
      assertThat(client.locator("h1").first()).isVisible();
      String name = "fit-portal" + path.replace("/portal", "").replaceAll("/[0-9a-f-]{36}", "-one");
      for (int width : WIDTHS) {
        client.setViewportSize(width, 860);
        assertFitsTheWindow(client);
        if (width != 768) {
          screenshot(client, name.replace('/', '-') + "-" + width);
        }
      }
      client.setViewportSize(1280, 860);
    }
  }

  @Test
  void onAPhoneTheTabsFoldIntoAMenuAndSignOutStaysOnScreen() {
    Agency agency = fixtures.agency("M");
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.setViewportSize(390, 844);
    client.navigate(BASE + "/portal");

    Locator menu = client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
    Locator tabs = client.locator(".portal-nav");
    assertThat(menu).isVisible();
    assertThat(menu).hasAttribute("aria-expanded", "false");
    assertThat(tabs).isHidden();
    assertThat(client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
        .isInViewport();
    screenshot(client, "fit-phone-menu-1-closed");

    menu.click();
    assertThat(tabs).isVisible();
    assertThat(menu).hasAttribute("aria-expanded", "true");
    for (String tab : List.of("Home", "Projects", "Tasks", "Files", "Feedback", "Billing")) {
      assertThat(tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tab)))
          .isInViewport();
    }
    assertFitsTheWindow(client);
    screenshot(client, "fit-phone-menu-2-open");

    tabs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Projects")).click();
    client.waitForURL(url -> url.endsWith("/portal/projects"));
    assertThat(tabs).isHidden(); // a new page closes the menu
    assertThat(menu).hasAttribute("aria-expanded", "false");

    // On a desktop there is no menu button: the tabs show in the header.
    client.setViewportSize(1280, 860);
    assertThat(menu).isHidden();
    assertThat(tabs).isVisible();
  }

  @Test
  void theStaffProjectPageFitsDesktopTabletAndPhone() {
    Agency agency = fixtures.agency("N");
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/projects/" + agency.project1());
    assertThat(staff.locator("h1").first()).hasText("Project N1");
    for (int width : WIDTHS) {
      staff.setViewportSize(width, 860);
      assertFitsTheWindow(staff);
      screenshot(staff, "fit-staff-project-" + width);
    }
  }

  @Test
  void unknownAndForbiddenAddressesShowTheAppsNotFoundPageWithStatus404() {
    Agency agency = fixtures.agency("R");
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    for (String path :
        List.of(
            "/portal/nope",
            "/portal/projects/nope",
            "/portal/projects/" + UUID.randomUUID(),
            "/portal/projects/" + agency.project2(), // the other company's project
            "/staff/nope",
            "/staff/projects",
            "/nope")) {
      assertNotFound(client, path);
    }
    screenshot(client, "not-found-portal");

    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    for (String path :
        List.of(
            "/staff/nope",
            "/staff/projects/" + UUID.randomUUID(),
            "/staff/engine", // owners only
            "/staff/processes", // owners only
            "/portal",
            "/portal/nope")) {
      assertNotFound(staff, path);
    }
    screenshot(staff, "not-found-staff");
  }

  private static void assertNotFound(Page page, String path) {
    Response response = page.navigate(BASE + path);
    assertThat(page.locator("h1")).hasText("Not found");
    assertThat(response.status()).as(path).isEqualTo(404);
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your start page")))
        .isVisible();
  }
}
