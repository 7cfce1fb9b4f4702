package dev.portico.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.opentest4j.AssertionFailedError;

/**
 * Picks an option of a Vaadin select the way a user does: open the list, click the option, see it
 * shown as chosen.
 *
 * <p>The list opens and closes with an animation. An option of a list that is still closing looks
 * visible but cannot be clicked, and a click on the select while its list closes may not open it.
 * So each attempt opens the list only when it is closed, clicks with a short timeout and checks
 * what the select shows; a failed attempt is repeated, and the last check fails the test.
 */
public final class Selects {

  private static final int ATTEMPTS = 4;

  private Selects() {}

  /** The {@code vaadin-select} whose label reads {@code label}. */
  public static Locator labelled(Page page, String label) {
    return page.locator("vaadin-select:has(> label:text-is('" + label + "'))");
  }

  /** What a select shows as chosen. */
  public static Locator chosen(Locator select) {
    return select.locator("vaadin-select-value-button");
  }

  public static void choose(Locator select, String option) {
    Locator item =
        select
            .page()
            .getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true));
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        if (select.getAttribute("opened") == null) {
          select.click();
        }
        item.click(new Locator.ClickOptions().setTimeout(3000));
        assertThat(chosen(select))
            .hasText(option, new LocatorAssertions.HasTextOptions().setTimeout(2000));
        assertThat(select).not().hasAttribute("opened", "");
        return;
      } catch (TimeoutError | AssertionFailedError e) {
        // the list was still opening or closing: try again
      }
    }
    assertThat(chosen(select)).hasText(option);
    assertThat(select).not().hasAttribute("opened", "");
  }
}
