package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-thread table: a thread's CPU under its name, subtasks of a step added up, and the rest of the process. */
class ThreadCpuTest {
  @Test
  void namesDropTheNumbersFlinkAndTheJvmPutAfterThem() {
    assertEquals("CHAIN FlatMap (FlatMap at CleanDocuments/Clean)",
        ThreadCpu.normalised("CHAIN FlatMap (FlatMap at CleanDocuments/Clean) (1/2)#0"));
    assertEquals("FlatMap (FlatMap at AttributeQuotes/Attribute)",
        ThreadCpu.normalised("FlatMap (FlatMap at AttributeQuotes/Attribute) (2/2)"));
    assertEquals("flink-pekko.actor.default-dispatcher",
        ThreadCpu.normalised("flink-pekko.actor.default-dispatcher-8"));
    assertEquals("kutip-later-stages", ThreadCpu.normalised("kutip-later-stages"));
  }

  /**
   * Two busy threads of one step (two subtasks) are one line with at least the CPU each had when last sampled; the
   * process's CPU the Java threads do not account for is the last lines'.
   */
  @Test
  void aStepsSubtasksAddUpUnderItsName() throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    CountDownLatch release = new CountDownLatch(1);
    AtomicLong[] used = {new AtomicLong(), new AtomicLong()};
    ThreadCpu cpu = ThreadCpu.start(20);
    Thread[] busy = new Thread[2];
    for (int i = 0; i < 2; i++) {
      int k = i;
      busy[i] = new Thread(() -> {
        long spin = 0;
        while (mx.getCurrentThreadCpuTime() < 300_000_000L) { // 0.3 s of CPU, however long that takes
          spin += System.nanoTime() % 7;
        }
        used[k].set(mx.getCurrentThreadCpuTime() + spin % 2);
        try {
          release.await(); // alive, and no longer busy, when the table is taken
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "FlatMap (FlatMap at Test/Busy) (" + (i + 1) + "/2)#0");
      busy[i].start();
    }
    while (used[0].get() == 0 || used[1].get() == 0) {
      Thread.sleep(10);
    }
    cpu.close();
    release.countDown();
    for (Thread t : busy) {
      t.join();
    }
    List<String> table = cpu.table(Long.MAX_VALUE / 2, 1234);
    assertEquals("thread\tcpu_seconds\tfirst_seen_s\tlast_seen_s", table.get(0));
    String busyLine = table.stream().filter(l -> l.startsWith("FlatMap (FlatMap at Test/Busy)\t")).findFirst()
        .orElseThrow(() -> new AssertionError(String.join("\n", table)));
    double seconds = Double.parseDouble(busyLine.split("\t")[1]);
    assertTrue(seconds >= 0.6 - 0.05, busyLine); // both subtasks, 0.3 s each, to the table's 0.1 s
    assertTrue(table.stream().anyMatch(l -> l.startsWith(ThreadCpu.JIT + "\t1.2\t")), String.join("\n", table));
    assertTrue(table.stream().anyMatch(l -> l.startsWith(ThreadCpu.OTHER_JVM + "\t")), String.join("\n", table));
    assertTrue(table.stream().noneMatch(l -> l.startsWith("kutip-thread-cpu")), "the sampler leaves itself out");
  }
}
