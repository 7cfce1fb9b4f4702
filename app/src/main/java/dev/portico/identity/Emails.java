package dev.portico.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as Portico compares them: trimmed, lower case, one @ and a dotted domain. */
public final class Emails {

  private static final Pattern WELL_FORMED =
      Pattern.compile(
          "^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+$");

  private Emails() {}

  public static String normalize(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isWellFormed(String email) {
    String normalized = normalize(email);
    return normalized.length() <= 254 && WELL_FORMED.matcher(normalized).matches();
  }
}
