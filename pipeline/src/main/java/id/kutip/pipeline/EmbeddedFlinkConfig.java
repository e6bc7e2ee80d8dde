package id.kutip.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Flink configuration the job gives the embedded cluster when the user gave none: a folder with a
 * {@code config.yaml} that names {@link EmbeddedFlinkJobs} as a job listener (for progress lines), and the task slots
 * the job's workers need (see {@link RunnerDefaults}). Written once per JVM and content, removed at exit.
 */
final class EmbeddedFlinkConfig {
  static final String LISTENERS_KEY = "execution.job-listeners";
  static final String SLOTS_KEY = "taskmanager.numberOfTaskSlots";
  private static final Map<String, Path> DIRECTORIES = new HashMap<>();
  private static final Set<String> WITH_LISTENER = new HashSet<>();

  private EmbeddedFlinkConfig() {}

  /**
   * The folder for a configuration with the job listener or not, and {@code slots} task slots (Flink's own choice if
   * 0); empty if it cannot be written: the job then runs without progress lines and with Flink's slots, as before.
   */
  static synchronized Optional<Path> directory(boolean jobListener, int slots) {
    StringBuilder content = new StringBuilder("# Written by Kutip for the embedded Flink cluster.\n");
    if (jobListener) {
      content.append("# Progress lines read the job's counters through this listener.\n")
          .append(LISTENERS_KEY).append(": [").append(EmbeddedFlinkJobs.class.getName()).append("]\n");
    }
    if (slots > 0) {
      content.append(SLOTS_KEY).append(": ").append(slots).append('\n');
    }
    Path known = DIRECTORIES.get(content.toString());
    if (known != null) {
      return Optional.of(known);
    }
    try {
      Path dir = Files.createTempDirectory("kutip-flink-conf");
      Path file = dir.resolve("config.yaml");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      DIRECTORIES.put(content.toString(), dir);
      if (jobListener) {
        WITH_LISTENER.add(dir.toString());
      }
      return Optional.of(dir);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code flinkConfDir} is one of these folders, with the job listener. */
  static synchronized boolean hasJobListener(String flinkConfDir) {
    return flinkConfDir != null && WITH_LISTENER.contains(flinkConfDir);
  }
}
