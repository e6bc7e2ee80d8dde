package id.kutip.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, so that its failure reaches the caller as if thrown there. */
public final class Futures {
  private Futures() {}

  /** The result, or what the work threw; an interrupt keeps the thread's flag and fails the wait. */
  public static <T> T await(Future<T> work, String waitingFor) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + waitingFor, e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  /** The work's own exception to throw: a RuntimeException as it was, an Error thrown here, else wrapped. */
  public static RuntimeException rethrown(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new RuntimeException(cause);
  }
}
