package id.kutip.pipeline;

import id.kutip.output.AvroCodec;
import id.kutip.output.WriteRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.VersionDependentFlinkPipelineOptions;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Checks what a user can get wrong before the job starts, so that each mistake is one line naming the fix rather
 * than a stack trace from a worker.
 */
final class StartupCheck {
  /** A mistake in the job's arguments: its message is shown to the user as it is. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private StartupCheck() {}

  /** Every input pattern matches at least one file; returns the files matched (for the run's manifest). */
  static List<MatchResult.Metadata> inputsMatch(String input) throws UsageException {
    List<String> patterns = KutipPipeline.list(input);
    List<MatchResult.Metadata> matched = new ArrayList<>();
    if (patterns.isEmpty()) {
      throw new UsageException("--input is empty: give a file pattern such as --input='dumps/*.txt'");
    }
    for (String pattern : patterns) {
      MatchResult result;
      try {
        result = FileSystems.match(pattern);
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("cannot read --input pattern '" + pattern + "': " + e.getMessage());
      }
      List<MatchResult.Metadata> files;
      try {
        files = result.status() == MatchResult.Status.OK ? result.metadata() : List.of();
      } catch (IOException e) {
        files = List.of();
      }
      if (files.isEmpty()) {
        throw new UsageException("no file matches --input pattern '" + pattern + "': check the path and the glob");
      }
      matched.addAll(files);
    }
    return matched;
  }

  /** {@code --runDate}, if given, is a real date written YYYY-MM-DD. */
  static void runDate(String runDate) throws UsageException {
    if (runDate == null) {
      return;
    }
    try {
      OutputCommit.checkRunDate(runDate);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code --avroCodec} names a codec the writers offer ({@link AvroCodec}). */
  static AvroCodec avroCodec(String name) throws UsageException {
    return AvroCodec.named(name).orElseThrow(() -> new UsageException(notACodec(name)));
  }

  static String notACodec(String name) {
    return "--avroCodec is " + AvroCodec.names() + ", not " + name;
  }

  /** The writers' own check ({@link WriteRecords#isDeflateLevel}), as a usage error before anything runs. */
  static void deflateLevel(int level) throws UsageException {
    if (!WriteRecords.isDeflateLevel(level)) {
      throw new UsageException("--avroDeflateLevel is 1 (fastest) to 9 (smallest files), not " + level);
    }
  }

  /**
   * On Flink, Beam applies {@code --numberOfExecutionRetries} and {@code --executionRetryDelay} only to the DataStream
   * translation: a batch job on the default (DataSet) translation would silently run without its restart strategy.
   */
  static void flinkRestartStrategy(PipelineOptions options) throws UsageException {
    if (!"FlinkRunner".equals(options.getRunner().getSimpleName())) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    boolean retries = flink.getNumberOfExecutionRetries() != null && flink.getNumberOfExecutionRetries() >= 0;
    boolean dataStream = Boolean.TRUE.equals(options.as(VersionDependentFlinkPipelineOptions.class).getUseDataStreamForBatch());
    if (retries && !dataStream) {
      throw new UsageException("--numberOfExecutionRetries only takes effect on a batch job with "
          + "--useDataStreamForBatch=true: add it, or set restart-strategy in the Flink cluster's configuration");
    }
  }

  /** A local output directory must be creatable and writable; remote ones are checked by their filesystem. */
  static void outputWritable(String output) throws UsageException {
    if (output == null || output.isBlank()) {
      throw new UsageException("--output is empty: give a directory such as --output=out");
    }
    if (output.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !output.startsWith("file://")) {
      return;
    }
    Path dir;
    try {
      dir = Path.of(output.startsWith("file://") ? output.substring("file://".length()) : output);
    } catch (InvalidPathException e) {
      throw new UsageException("--output '" + output + "' is not a valid path: " + e.getMessage());
    }
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".kutip-write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write to --output directory '" + output + "' ("
          + e.getClass().getSimpleName() + "): choose a writable directory");
    }
  }

  /** Each local file of a comma-separated list option (user gazetteers, boilerplate rules) must be readable. */
  static void filesReadable(String option, String files) throws UsageException {
    for (String file : KutipPipeline.list(files)) {
      if (file.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
        continue;
      }
      if (!Files.isRegularFile(Path.of(file)) || !Files.isReadable(Path.of(file))) {
        throw new UsageException("cannot read " + option + " file '" + file + "': check the path (comma-separated)");
      }
    }
  }
}
