package id.kutip.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each thread's CPU over a run, sampled once a second, for the bench's per-thread tables (docs/PERFORMANCE.md,
 * sixteenth and seventeenth passes): which step's thread grew, what the JIT and the collector cost. A Flink task runs
 * in a thread named after its chain of steps, so a thread's name says whose work it is. Threads that end between two
 * samples lose at most their last second, which goes to the last line. The JVM's own threads are not Java threads: the
 * JIT compiler's are read from {@code /proc} ({@link CompilerThreads}), and the rest of the process's CPU (the
 * collector, the VM thread) is one line.
 */
final class ThreadCpu implements AutoCloseable {
  static final String JIT = "(the JIT compiler's threads)";
  static final String OTHER_JVM = "(the collector, the JVM's other threads, threads' last second before they ended)";

  /** A thread's latest sample: its name and CPU time, and when it was first and last seen (ms into the run). */
  private record Seen(String name, long cpuNanos, long firstMillis, long lastMillis) {}

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Seen> seen = new HashMap<>();
  private final long started = System.nanoTime();
  private final Thread sampler;
  private volatile boolean stopped;

  private ThreadCpu(long intervalMillis) {
    sampler = new Thread(() -> {
      while (!stopped) {
        sample();
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "kutip-thread-cpu");
    sampler.setDaemon(true);
  }

  /** Starts sampling every {@code intervalMillis}. */
  static ThreadCpu start(long intervalMillis) {
    ThreadCpu cpu = new ThreadCpu(intervalMillis);
    cpu.sample();
    cpu.sampler.start();
    return cpu;
  }

  private synchronized void sample() {
    long now = (System.nanoTime() - started) / 1_000_000;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue; // ended since the ids were read
      }
      long nanos = threads.getThreadCpuTime(info.getThreadId());
      if (nanos < 0) {
        continue;
      }
      Seen before = seen.get(info.getThreadId());
      seen.put(info.getThreadId(), new Seen(info.getThreadName(), nanos,
          before == null ? now : before.firstMillis(), now));
    }
  }

  /** Stops sampling after one last sample. */
  @Override
  public void close() {
    stopped = true;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }

  /**
   * The table: one line a thread name (the numbers Flink and the JVM put after a name dropped, so that a step's
   * subtasks add up), its CPU seconds, and the seconds into the run it was first and last seen; then the JIT's
   * threads, and the rest of {@code processCpuNanos}. Largest first.
   */
  synchronized List<String> table(long processCpuNanos, long jitMillis) {
    Map<String, long[]> byName = new TreeMap<>();
    long javaNanos = 0;
    for (Seen s : seen.values()) {
      if (s.name().equals(sampler.getName())) {
        continue;
      }
      long[] row = byName.computeIfAbsent(normalised(s.name()), k -> new long[] {0, Long.MAX_VALUE, 0});
      row[0] += s.cpuNanos();
      row[1] = Math.min(row[1], s.firstMillis());
      row[2] = Math.max(row[2], s.lastMillis());
      javaNanos += s.cpuNanos();
    }
    long total = (System.nanoTime() - started) / 1_000_000;
    byName.put(JIT, new long[] {jitMillis * 1_000_000, 0, total});
    byName.put(OTHER_JVM, new long[] {Math.max(0, processCpuNanos - javaNanos - jitMillis * 1_000_000), 0, total});
    List<Map.Entry<String, long[]>> rows = new ArrayList<>(byName.entrySet());
    rows.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<String> lines = new ArrayList<>();
    lines.add("thread\tcpu_seconds\tfirst_seen_s\tlast_seen_s");
    for (Map.Entry<String, long[]> row : rows) {
      lines.add(String.format(Locale.ROOT, "%s\t%.1f\t%.0f\t%.0f", row.getKey(), row.getValue()[0] / 1e9,
          row.getValue()[1] / 1e3, row.getValue()[2] / 1e3));
    }
    return lines;
  }

  void write(Path file, long processCpuNanos, long jitMillis) throws IOException {
    Files.write(file, table(processCpuNanos, jitMillis), StandardCharsets.UTF_8);
  }

  /** A thread's name without subtask and attempt numbers ({@code (1/1)#0}) and counters ({@code -7}, {@code #3}). */
  static String normalised(String name) {
    return name.replaceAll("\\s*\\(\\d+/\\d+\\)(#\\d+)?", "").replaceAll("[-#]\\d+$", "").strip();
  }
}
