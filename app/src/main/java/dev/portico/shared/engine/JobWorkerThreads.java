package dev.portico.shared.engine;

import io.camunda.client.jobhandling.CamundaClientExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the workers' handlers run (decision 028). The Camunda client's default is one thread for
 * every worker's polling and every handler ({@code camunda.client.execution-threads: 1}), so all
 * automatic steps of all flows queued behind each other on it, each waiting for its database
 * transaction and mail queue. Here a handler runs on a virtual thread of its own (as Portico's web
 * requests do, {@code spring.threads.virtual.enabled}), bounded per job type by {@code
 * camunda.client.worker.defaults.max-jobs-active}; one platform thread schedules the polls.
 */
@Configuration(proxyBeanMethods = false)
class JobWorkerThreads {

  @Bean
  CamundaClientExecutorService camundaClientExecutorService() {
    return new CamundaClientExecutorService(
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("engine-worker-poll").daemon().factory()),
        true,
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("engine-job-", 0).factory()),
        true);
  }
}
