package id.kutip.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * One run of the job in a JVM of its own (started by {@code id.kutip.pipeline.bench.EndToEndBench}), so that each run has its own heap, JIT
 * and peak: runs the job with the given arguments and prints one line with its wall time and peak heap. With the
 * system property {@value #THREADS_PROPERTY} set to a file, it also writes each thread's CPU there ({@link ThreadCpu}).
 */
public final class BenchRun {
  /** The system property naming the file each thread's CPU is written to; unset, nothing is sampled. */
  public static final String THREADS_PROPERTY = "kutip.bench.threads";

  private BenchRun() {}

  public static void main(String[] args) throws java.io.IOException {
    long started = System.nanoTime();
    String threadsFile = System.getProperty(THREADS_PROPERTY);
    ThreadCpu threads = threadsFile == null ? null : ThreadCpu.start(1000);
    int code = Main.run(args, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    // The whole process's CPU time, JIT compiler and collector threads included: how many cores the run kept busy.
    long cpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    // The JIT compiler threads' CPU (0 where not known), and the JVM's own figure, its compilations' elapsed time.
    long jitMillis = CompilerThreads.cpuMillis().orElse(0);
    long jitElapsedMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    if (threads != null) {
      threads.close();
      threads.write(java.nio.file.Path.of(threadsFile), cpuMillis * 1_000_000, jitMillis);
    }
    System.out.println("BENCH exit=" + code + " millis=" + millis + " peakHeapBytes=" + peakHeap
        + " cpuMillis=" + cpuMillis + " jitMillis=" + jitMillis + " jitElapsedMillis=" + jitElapsedMillis);
    System.exit(code);
  }
}
