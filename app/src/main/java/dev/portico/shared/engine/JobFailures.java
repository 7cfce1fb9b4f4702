package dev.portico.shared.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobExceptionHandler;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlerSupplier;
import io.camunda.client.jobhandling.JobExceptionHandlerSupplier;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A worker that throws fails its job with one retry less and an exponential back-off ({@code
 * portico.engine.job-retry-backoff}, doubled per failure, at most 10 min); when the model's retries
 * are spent the engine raises an incident, which owners see and retry on the Engine page. BPMN
 * errors (business outcomes) go to the model as before.
 */
@Configuration(proxyBeanMethods = false)
class JobFailures {

  private static final Logger log = LoggerFactory.getLogger(JobFailures.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final int MESSAGE_CHARS = 500;

  @Bean
  JobExceptionHandlerSupplier jobExceptionHandlerSupplier(
      CommandExceptionHandlingStrategy commands,
      MetricsRecorder metrics,
      @Value("${portico.engine.job-retry-backoff:PT5S}") Duration firstBackoff) {
    JobExceptionHandlerSupplier standard =
        new DefaultJobExceptionHandlerSupplier(commands, metrics);
    return context -> {
      JobExceptionHandler fallback = standard.getJobExceptionHandler(context);
      return failure -> {
        Exception e = failure.getException();
        if (e instanceof BpmnError || e instanceof JobError) {
          fallback.handleJobException(failure);
          return;
        }
        ActivatedJob job = failure.getActivatedJob();
        int left = Math.max(job.getRetries() - 1, 0);
        Duration backoff = backoff(firstBackoff, job.getRetries());
        String message = message(e);
        if (left == 0) {
          log.error(
              "Job {} ({}) of instance {} failed for the last time; incident raised: {}",
              job.getType(),
              job.getKey(),
              job.getProcessInstanceKey(),
              message,
              e);
        } else {
          log.warn(
              "Job {} ({}) of instance {} failed, {} retries left, next in {} ms: {}",
              job.getType(),
              job.getKey(),
              job.getProcessInstanceKey(),
              left,
              backoff.toMillis(),
              message);
        }
        failure
            .getJobClient()
            .newFailCommand(job.getKey())
            .retries(left)
            .retryBackoff(left == 0 ? Duration.ZERO : backoff)
            .errorMessage(message)
            .send();
      };
    };
  }

  /** The first failure waits the first back-off; each later one twice as long. */
  /** The wait before the next try: {@code first}, doubled per failure so far, at most 10 min. */
  static Duration backoff(Duration first, int retriesBefore) {
    int failuresSoFar = Math.max(0, 5 - retriesBefore); // models give their jobs 5 retries
    Duration wait = first.multipliedBy(1L << Math.min(failuresSoFar, 16));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /** The innermost cause says what went wrong (a database error, not the JPA wrapper's SQL). */
  private static String message(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    text = text.lines().findFirst().orElse(text);
    return text.length() > MESSAGE_CHARS ? text.substring(0, MESSAGE_CHARS) + "…" : text;
  }
}
