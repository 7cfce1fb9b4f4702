package dev.portico.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in link requests per key (an email or a client address): at most {@link #LIMIT} in a
 * sliding {@link #WINDOW}. In memory, per instance: enough to stop mail bombing and guessing from
 * one place.
 */
@Component
public class SignInRateLimit {

  /** Sign-in links per email in a window. */
  public static final int LIMIT = 5;

  /** Sign-in link requests per client address in a window, for any emails. */
  public static final int REQUESTS_PER_ADDRESS = 20;

  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInRateLimit(Clock clock) {
    this.clock = clock;
  }

  public boolean tryAcquire(String key) {
    return tryAcquire(key, LIMIT);
  }

  public boolean tryAcquire(String key, int limit) {
    Instant now = clock.instant();
    if (requests.size() > MAX_KEYS) {
      requests.values().removeIf(times -> expire(times, now).isEmpty());
    }
    Deque<Instant> times = requests.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      expire(times, now);
      if (times.size() >= limit) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  private static Deque<Instant> expire(Deque<Instant> times, Instant now) {
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.removeFirst();
      }
      return times;
    }
  }
}
