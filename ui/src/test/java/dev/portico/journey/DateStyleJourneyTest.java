package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Selects;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One way of writing dates per workspace, on pages and in date fields: a date field takes what the
 * pages show ("30 Jan 2027"), the long month, day-first numbers and ISO, and shows the result the
 * way pages do; a workspace set to American English reads and writes "Jan 30, 2027".
 */
class DateStyleJourneyTest extends BrowserTest {

  @Test
  void aDateFieldTakesWhatThePagesShowAndWritesItTheSameWay() {
    Agency agency = fixtures.agency("D");
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/clients/" + agency.client1());
    Locator until = accessUntil(staff);

    for (String typed :
        new String[] {"30 Jan 2027", "30 January 2027", "30/1/2027", "2027-01-30"}) {
      type(until, typed);
      assertThat(until).hasValue("30 Jan 2027");
    }
    type(until, "3 sep 2027");
    assertThat(until).hasValue("3 Sep 2027");
    screenshot(staff, "dates-1-en-gb");

    // Pages write dates the same way: the project's milestone due in three days.
    LocalDate due = LocalDate.now().plusDays(3);
    staff.navigate(BASE + "/staff/projects/" + agency.project1());
    assertThat(staff.getByText(gb(due)).first()).isVisible();
  }

  @Test
  void aWorkspaceInAmericanEnglishReadsAndWritesMonthFirst() {
    Agency agency = fixtures.agency("U");
    Page owner = newBrowser();
    signIn(owner, agency.owner().email());
    owner.navigate(BASE + "/staff/settings");
    Selects.choose(owner.locator("vaadin-select.date-style"), "English (US): Jan 30, 2027");
    owner.locator(".save-date-style").click();
    assertThat(
            owner.getByText(
                "Dates are written as English (US): Jan 30, 2027",
                new Page.GetByTextOptions().setExact(true)))
        .isVisible();
    screenshot(owner, "dates-0-settings");

    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/clients/" + agency.client1());
    Locator until = accessUntil(staff);

    for (String typed : new String[] {"Jan 30, 2027", "January 30, 2027", "1/30/2027"}) {
      type(until, typed);
      assertThat(until).hasValue("Jan 30, 2027");
    }
    screenshot(staff, "dates-2-en-us");

    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    LocalDate due = LocalDate.now().plusDays(3);
    assertThat(client.locator(".deadlines")).containsText(us(due));
  }

  private static Locator accessUntil(Page page) {
    return page.locator(
        "vaadin-date-picker:has(> label:text-is('Portal access until (optional)')) input");
  }

  private static void type(Locator field, String text) {
    field.fill(text);
    field.press("Enter");
    field.press("Tab");
  }

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static String gb(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String us(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
  }
}
