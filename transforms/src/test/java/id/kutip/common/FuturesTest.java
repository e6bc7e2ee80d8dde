package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {
  @Test
  void theWorksFailureReachesTheCallerAsItWasThrown() {
    assertEquals("done", Futures.await(CompletableFuture.completedFuture("done"), "x"));

    IllegalArgumentException runtime = new IllegalArgumentException("bad rule");
    assertSame(runtime, assertThrows(IllegalArgumentException.class,
        () -> Futures.await(CompletableFuture.failedFuture(runtime), "x")));

    AssertionError error = new AssertionError("broken");
    assertSame(error, assertThrows(AssertionError.class,
        () -> Futures.await(CompletableFuture.failedFuture(error), "x")));

    IOException checked = new IOException("disk");
    RuntimeException wrapped = assertThrows(RuntimeException.class,
        () -> Futures.await(CompletableFuture.failedFuture(checked), "x"));
    assertSame(checked, wrapped.getCause());
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheFlag() {
    Thread.currentThread().interrupt();
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Futures.await(new CompletableFuture<String>(), "the later stages"));
      assertEquals("interrupted while waiting for the later stages", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
