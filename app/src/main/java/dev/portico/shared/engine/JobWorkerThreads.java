package dev.portico.shared.engine;

import io.camunda.client.jobhandling.CamundaClientExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Where the workers' handlers run (decision 028), and the scheduler their polls and job streams use
 * (decision 032). The Camunda client's default is one thread for every worker's polling and every
 * handler ({@code camunda.client.execution-threads: 1}), so all automatic steps of all flows queued
 * behind each other on it, each waiting for its database transaction and mail queue. Here a handler
 * runs on a virtual thread of its own (as Portico's web requests do, {@code
 * spring.threads.virtual.enabled}), bounded per job type by {@code
 * camunda.client.worker.defaults.max-jobs-active}; one platform thread schedules the polls and the
 * streams' reconnections.
 */
@Configuration(proxyBeanMethods = false)
class JobWorkerThreads {

  @Bean
  WorkerScheduler engineWorkerScheduler() {
    return new WorkerScheduler();
  }

  @Bean
  CamundaClientExecutorService camundaClientExecutorService(WorkerScheduler scheduler) {
    return new CamundaClientExecutorService(
        scheduler,
        true,
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("engine-job-", 0).factory()),
        true);
  }

  /**
   * The workers' scheduler, which runs no delayed task once the application is closing (decision
   * 032). The Camunda client (8.9) reconnects a job stream that failed with a delayed {@code
   * open()}; when that runs after the worker was closed, it returns without releasing the stream's
   * lock, and the client's own close of the same worker, which follows, waits for that lock for
   * ever: the application never stops. Nothing delayed is wanted after the close begins (a poll, a
   * reconnection), so from then on delayed tasks do nothing when they come due.
   */
  static final class WorkerScheduler extends ScheduledThreadPoolExecutor
      implements ApplicationListener<ContextClosedEvent> {

    private volatile boolean closing;

    WorkerScheduler() {
      super(1, Thread.ofPlatform().name("engine-worker-poll").daemon().factory());
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
      if (delay <= 0) { // execute() and submit() come here too: work handed over now still runs
        return super.schedule(task, delay, unit);
      }
      return super.schedule(
          () -> {
            if (!closing) {
              task.run();
            }
          },
          delay,
          unit);
    }

    /** Published before the workers and the client are closed (lifecycle stop, then beans). */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
      closing = true;
    }
  }
}
