package dev.portico.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.shared.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "3 days, P3D",
    "3d, P3D",
    "1 day, P1D",
    "3, P3D",
    "12 hours, PT12H",
    "12h, PT12H",
    "36 hrs, PT36H",
    "2 weeks, P14D",
    "1w, P7D",
    "P3D, P3D",
    "pt12h, PT12H",
    "PT72H, P3D",
    "' 5 Days ', P5D"
  })
  void writtenAsPeopleDoStoredAsTheModelsReadThem(String text, String iso) {
    assertThat(Durations.iso(Durations.parse(text, "Reminder"))).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({"soon", "-3 days", "3 months", "P-3D", "three days", "''"})
  void anythingElseIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> Durations.parse(text, "Review reminder"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Review reminder: ")
        .hasMessageContaining("3 days or 12 hours");
  }

  @Test
  void aScheduleTakesTheUnitOfItsLastEntry() {
    assertThat(Durations.parseList("3, 7, 14 days", "x"))
        .containsExactly(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14));
    assertThat(Durations.parseList("12, 36 hours", "x"))
        .containsExactly(Duration.ofHours(12), Duration.ofHours(36));
    assertThat(Durations.parseList("1 day, 36 hours, P10D", "x"))
        .containsExactly(Duration.ofDays(1), Duration.ofHours(36), Duration.ofDays(10));
    assertThat(Durations.parseList("3,7", "x"))
        .containsExactly(Duration.ofDays(3), Duration.ofDays(7));
    assertThat(Durations.parseList("  ", "x")).isEmpty();
  }

  @Test
  void readableForPeople() {
    assertThat(Durations.readable("P1D")).isEqualTo("1 day");
    assertThat(Durations.readable("PT36H")).isEqualTo("36 hours");
    assertThat(Durations.readable("P14D")).isEqualTo("14 days");
    assertThat(Durations.readable("PT90M")).isEqualTo("90 minutes");
  }
}
