package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates read the same on pages, in pickers and in mails, per workspace style. */
class DateStyleTest {

  private static final LocalDate JAN_30 = LocalDate.of(2027, 1, 30);

  @ParameterizedTest(name = "{0}: {1}, in mails {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-GB | 30 Jan 2027  | 30 January 2027",
        "en-US | Jan 30, 2027 | January 30, 2027",
        "de-DE | 30.01.2027   | 30. Januar 2027",
        "fr-FR | 30/01/2027   | 30 janvier 2027",
        "nl-NL | 30-01-2027   | 30 januari 2027"
      })
  void eachStyleWritesDatesOneWay(String tag, String page, String mail) {
    DateStyle style = DateStyle.ofTag(tag).orElseThrow();

    assertThat(style.format(JAN_30)).isEqualTo(page);
    assertThat(style.longDate(JAN_30)).isEqualTo(mail);
    assertThat(style.inputPatterns().getFirst())
        .as("a picker writes what the page shows")
        .isEqualTo(style.pattern());
  }

  @Test
  void septemberIsSepSoAPickerReadsWhatThePageShows() {
    // java.time's en-GB data says "Sept"; the picker's parser knows "Sep" only.
    assertThat(DateStyle.EN_GB.format(LocalDate.of(2027, 9, 3))).isEqualTo("3 Sep 2027");
  }

  @Test
  void theDefaultIsBritishEnglishAndUnknownTagsAreNotOffered() {
    assertThat(DateStyle.DEFAULT).isEqualTo(DateStyle.EN_GB);
    assertThat(DateStyle.ofTag("xx-YY")).isEmpty();
    assertThat(DateStyle.ofTag("EN-gb")).contains(DateStyle.EN_GB);
    assertThat(DateStyle.EN_GB.format(null)).isEqualTo("—");
  }

  @Test
  void timesFollowTheStyleToo() {
    Instant at = Instant.parse("2027-01-30T14:05:00Z");

    assertThat(DateStyle.EN_GB.dateTime(at, ZoneOffset.UTC)).isEqualTo("30 Jan 2027, 14:05");
    assertThat(DateStyle.EN_US.dateTime(at, ZoneOffset.UTC)).isEqualTo("Jan 30, 2027, 2:05 PM");
  }
}
