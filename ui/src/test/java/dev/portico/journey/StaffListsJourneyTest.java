package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Selects;
import org.junit.jupiter.api.Test;

/**
 * The staff lists read a page at a time: an agency with more companies than one page sees the first
 * ones, scrolls the list and the rest come in; sorting and the status filter work on all of them,
 * not only on the rows loaded. The lists fit a desktop and a phone.
 */
class StaffListsJourneyTest extends BrowserTest {

  @Test
  void aLongClientListScrollsInTheNextPagesAndSortsAndFiltersAllOfThem() {
    Agency agency = fixtures.agency("W");
    fixtures.companies(agency, 120); // 122 companies with the agency's two: three pages
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/clients");
    Locator cells = staff.locator("vaadin-grid.paged-grid vaadin-grid-cell-content");

    // By name: the first companies are there, the last one is not loaded yet.
    assertThat(exactly(cells, "Client W1")).isVisible();
    assertThat(exactly(cells, "Paged 001")).isVisible();
    assertThat(exactly(cells, "Paged 120")).hasCount(0);
    screenshot(staff, "lists-1-clients-first-page");

    // Scrolling the list brings in the next pages, down to the last company.
    staff.locator("vaadin-grid.paged-grid").hover();
    for (int i = 0; i < 6; i++) { // 6 × 1500 px: past the bottom of 122 rows
      staff.mouse().wheel(0, 1500);
    }
    assertThat(exactly(cells, "Paged 120")).isVisible();
    screenshot(staff, "lists-2-clients-scrolled");

    // Sorting by company, descending, sorts all 122, not the rows loaded.
    staff.navigate(BASE + "/staff/clients");
    Locator sorter =
        staff
            .locator("vaadin-grid-sorter")
            .filter(new Locator.FilterOptions().setHasText("Company"));
    sorter.click();
    assertThat(sorter).hasAttribute("direction", "asc");
    sorter.click();
    assertThat(sorter).hasAttribute("direction", "desc");
    assertThat(exactly(cells, "Paged 120")).isVisible();
    assertThat(exactly(cells, "Client W1")).hasCount(0);

    // The filter too: leads only, the newest-numbered first.
    Selects.choose(Selects.labelled(staff, "Show"), "Leads");
    assertThat(exactly(cells, "Paged 120")).isVisible();
    assertThat(exactly(cells, "Paged 117")).isVisible();
    assertThat(exactly(cells, "Paged 119")).hasCount(0);
    assertThat(exactly(cells, "Client W1")).hasCount(0);
    screenshot(staff, "lists-3-clients-leads-descending");

    for (String list : new String[] {"clients", "projects", "invoices"}) {
      staff.navigate(BASE + "/staff/" + list);
      assertThat(staff.locator("h1"))
          .hasText(list.substring(0, 1).toUpperCase() + list.substring(1));
      for (int width : new int[] {1280, 390}) {
        staff.setViewportSize(width, 844);
        assertFitsTheWindow(staff);
        if (list.equals("clients")) {
          // a phone shows one stacked column: the contacts count is still there, with the name
          assertThat(exactly(cells, "Client W1")).isVisible();
          assertThat(
                  cells
                      .getByText(
                          width == 390 ? "1 contact" : "1",
                          new Locator.GetByTextOptions().setExact(true))
                      .filter(new Locator.FilterOptions().setVisible(true)))
              .not()
              .hasCount(0);
        }
        if (list.equals("projects") && width == 390) {
          // the stacked column: client and lead under the project's name
          assertThat(exactly(cells, "Client W1 · Staff W")).isVisible();
        }
        screenshot(staff, "lists-4-" + list + "-" + width);
      }
      staff.setViewportSize(1280, 860);
    }
  }

  private static Locator exactly(Locator cells, String text) {
    return cells
        .getByText(text, new Locator.GetByTextOptions().setExact(true))
        .filter(new Locator.FilterOptions().setVisible(true));
  }
}
