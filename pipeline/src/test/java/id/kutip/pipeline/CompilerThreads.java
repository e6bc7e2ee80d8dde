package id.kutip.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The CPU time of the JVM's JIT compiler threads, read from Linux's {@code /proc}: what the compiler cost. The JVM's own
 * figure ({@code CompilationMXBean.getTotalCompilationTime}) is the compilations' elapsed time, which on a machine with
 * more busy threads than cores counts the time a compiler thread waited for one: at 30,000 documents on 2 cores it
 * read 48.1 s where the compiler threads had used 25.7 s of CPU (docs/PERFORMANCE.md, fifteenth pass).
 */
final class CompilerThreads {
  /** Linux's clock ticks a second in {@code /proc}'s times (USER_HZ: 100 on mainstream kernels). */
  private static final long TICKS_PER_SECOND = 100;
  private static final Path TASKS = Path.of("/proc/self/task");

  private CompilerThreads() {}

  /** The compiler threads' user and system CPU time so far, in milliseconds; empty where there is no {@code /proc}. */
  static OptionalLong cpuMillis() {
    if (!Files.isDirectory(TASKS)) {
      return OptionalLong.empty();
    }
    long ticks = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        ticks += compilerTicks(task);
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
  }

  /** A thread's CPU ticks if it is one of HotSpot's C1 or C2 compiler threads (names cut to 15 characters), else 0. */
  private static long compilerTicks(Path task) throws IOException {
    try {
      String name = Files.readString(task.resolve("comm")).strip();
      if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
        return 0;
      }
      String stat = Files.readString(task.resolve("stat"));
      // After the name in parentheses: the state (field 3), ..., utime (field 14) and stime (field 15).
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (NoSuchFileException e) {
      return 0; // the thread ended while it was read
    }
  }
}
