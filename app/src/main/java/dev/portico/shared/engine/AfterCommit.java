package dev.portico.shared.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an engine call once the surrounding transaction has committed (at once when there is none),
 * so the engine never hears of a change the database rolled back. A failure is logged, not thrown:
 * the database keeps the state and the flow resumes from it on the next start-up.
 */
public final class AfterCommit {

  private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

  private AfterCommit() {}

  public static void run(String what, Runnable action) {
    Runnable guarded =
        () -> {
          try {
            action.run();
          } catch (RuntimeException e) {
            log.error(
                "{} failed; the database keeps the state and the flow resumes on restart", what, e);
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              guarded.run();
            }
          });
    } else {
      guarded.run();
    }
  }
}
