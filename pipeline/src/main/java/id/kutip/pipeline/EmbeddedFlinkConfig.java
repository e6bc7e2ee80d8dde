package id.kutip.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Flink configuration the job gives the embedded cluster when the user gave none: a folder with a
 * {@code config.yaml} that names {@link EmbeddedFlinkJobs} as a job listener (for progress lines), and the task slots
 * the job's workers need (see {@link RunnerDefaults}). Written once per JVM and content, removed at exit.
 */
final class EmbeddedFlinkConfig {
  static final String LISTENERS_KEY = "execution.job-listeners";
  static final String SLOTS_KEY = "taskmanager.numberOfTaskSlots";
  private static final Map<Settings, Path> DIRECTORIES = new HashMap<>();

  private record Settings(boolean jobListener, int slots) {}

  private EmbeddedFlinkConfig() {}

  /**
   * The folder for a configuration with the job listener or not, and {@code slots} task slots (Flink's own choice if
   * 0); empty if it cannot be written: the job then runs without progress lines and with Flink's slots, as before.
   */
  static synchronized Optional<Path> directory(boolean jobListener, int slots) {
    Settings settings = new Settings(jobListener, slots);
    Path known = DIRECTORIES.get(settings);
    if (known != null) {
      return Optional.of(known);
    }
    StringBuilder content = new StringBuilder("# Written by Kutip for the embedded Flink cluster.\n");
    if (jobListener) {
      content.append("# Progress lines read the job's counters through this listener.\n")
          .append(LISTENERS_KEY).append(": [").append(EmbeddedFlinkJobs.class.getName()).append("]\n");
    }
    if (slots > 0) {
      content.append(SLOTS_KEY).append(": ").append(slots).append('\n');
    }
    try {
      Path dir = Files.createTempDirectory("kutip-flink-conf");
      Path file = dir.resolve("config.yaml");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      DIRECTORIES.put(settings, dir);
      return Optional.of(dir);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code flinkConfDir} is one of these folders, with the job listener. */
  static synchronized boolean hasJobListener(String flinkConfDir) {
    return DIRECTORIES.entrySet().stream()
        .anyMatch(e -> e.getKey().jobListener() && e.getValue().toString().equals(flinkConfDir));
  }
}
