package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class CompilerThreadsTest {
  @Test
  void theCompilerThreadsCpuGrowsWithCompilingAndStaysWithinTheProcesssCpu() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux's /proc");
    long before = CompilerThreads.cpuMillis().orElseThrow();
    long sum = 0;
    for (int i = 0; i < 200_000; i++) {
      sum += checksum(i); // hot enough for C1 and C2 to compile it
    }
    long after = CompilerThreads.cpuMillis().orElseThrow();
    long processCpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    assertTrue(sum != 0);
    assertTrue(after >= before, before + " then " + after);
    assertTrue(after > 0, "this JVM has compiled its test engine and the loop above");
    // Ticks of 10 ms: the compiler threads' share can be rounded up by at most one tick each.
    assertTrue(after <= processCpuMillis + 20, after + " ms of the process's " + processCpuMillis);
  }

  private static long checksum(int i) {
    CRC32 crc = new CRC32();
    crc.update(i);
    crc.update(i >>> 8);
    return crc.getValue();
  }
}
