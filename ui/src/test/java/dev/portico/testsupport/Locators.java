package dev.portico.testsupport;

import com.microsoft.playwright.Locator;

/** Short forms for Playwright locator filters the browser tests use everywhere. */
public final class Locators {

  private Locators() {}

  /** Keeps the elements that contain {@code text}: {@code rows.filter(hasText("Invoice 7"))}. */
  public static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
