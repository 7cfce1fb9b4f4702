package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.shared.engine.JobWorkerThreads.WorkerScheduler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The workers' scheduler runs delayed tasks until the application starts closing (decision 032).
 */
class WorkerSchedulerTest {

  @Test
  void delayedTasksRunWhileOpenAndNotOnceClosing() throws Exception {
    WorkerScheduler scheduler = new WorkerScheduler();
    try {
      CountDownLatch ran = new CountDownLatch(1);
      scheduler.schedule(ran::countDown, 10, TimeUnit.MILLISECONDS);
      assertThat(ran.await(5, TimeUnit.SECONDS)).as("a delayed task runs while open").isTrue();

      AtomicBoolean reopened = new AtomicBoolean();
      var pending = scheduler.schedule(() -> reopened.set(true), 200, TimeUnit.MILLISECONDS);
      scheduler.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
      pending.get(5, TimeUnit.SECONDS);
      assertThat(reopened).as("a reconnection due after the close began").isFalse();

      CountDownLatch immediate = new CountDownLatch(1);
      scheduler.execute(immediate::countDown);
      assertThat(immediate.await(5, TimeUnit.SECONDS))
          .as("work handed over without delay still runs (the close itself needs it)")
          .isTrue();
    } finally {
      scheduler.shutdownNow();
    }
  }
}
