package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A failing step waits longer before each next try: doubled per failure, at most 10 minutes. */
class JobFailuresTest {

  @Test
  void theWaitDoublesWithEachFailureOfTheFiveRetries() {
    Duration first = Duration.ofSeconds(5);

    assertThat(JobFailures.backoff(first, 5)).isEqualTo(Duration.ofSeconds(5));
    assertThat(JobFailures.backoff(first, 4)).isEqualTo(Duration.ofSeconds(10));
    assertThat(JobFailures.backoff(first, 3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(JobFailures.backoff(first, 2)).isEqualTo(Duration.ofSeconds(40));
    assertThat(JobFailures.backoff(first, 1)).isEqualTo(Duration.ofSeconds(80));
  }

  @Test
  void theWaitNeverExceedsTenMinutes() {
    assertThat(JobFailures.backoff(Duration.ofMinutes(3), 1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(JobFailures.backoff(Duration.ofSeconds(5), -20)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void noFirstWaitMeansRetryingAtOnce() {
    assertThat(JobFailures.backoff(Duration.ZERO, 3)).isZero();
  }
}
