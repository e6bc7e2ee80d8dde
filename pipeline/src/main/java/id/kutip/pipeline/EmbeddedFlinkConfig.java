package id.kutip.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Flink configuration the job gives the embedded cluster when the user gave none: a folder with a
 * {@code config.yaml} that names {@link EmbeddedFlinkJobs} as a job listener. Written once per JVM, removed at exit.
 */
final class EmbeddedFlinkConfig {
  static final String LISTENERS_KEY = "execution.job-listeners";
  private static Path directory;

  private EmbeddedFlinkConfig() {}

  /** The folder, or empty if it cannot be written: the job then runs without progress lines, as before. */
  static synchronized Optional<Path> directory() {
    if (directory == null) {
      try {
        Path dir = Files.createTempDirectory("kutip-flink-conf");
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "# Written by Kutip for the embedded Flink cluster: progress lines read the job's counters.\n"
            + LISTENERS_KEY + ": [" + EmbeddedFlinkJobs.class.getName() + "]\n", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        directory = dir;
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.of(directory);
  }

  static synchronized boolean isOurs(String flinkConfDir) {
    return directory != null && directory.toString().equals(flinkConfDir);
  }
}
