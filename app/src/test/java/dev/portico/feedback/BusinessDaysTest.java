package dev.portico.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feedback answer time counts Monday to Friday in the agency's time zone. */
class BusinessDaysTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest(name = "{0} + {1} business day(s) = {2}")
  @CsvSource({
    "2026-12-01T10:00 (Tue), 1, 2026-12-02T10:00",
    "2026-12-04T16:30 (Fri), 1, 2026-12-07T16:30",
    "2026-12-05T09:00 (Sat), 1, 2026-12-07T09:00",
    "2026-12-06T23:00 (Sun), 1, 2026-12-07T23:00",
    "2026-12-03T08:00 (Thu), 3, 2026-12-08T08:00",
    "2026-12-04T12:00 (Fri), 5, 2026-12-11T12:00",
    "2027-03-26T10:00 (Fri), 1, 2027-03-29T10:00"
  })
  void businessDaysSkipWeekendsAtTheSameLocalTime(String from, int days, String expected) {
    Instant start =
        ZonedDateTime.parse(from.substring(0, 16) + ":00+01:00[Europe/Berlin]").toInstant();
    Instant due = FeedbackRouting.addBusinessDays(start, days, BERLIN);
    assertThat(due.atZone(BERLIN).toLocalDateTime()).hasToString(expected);
  }
}
