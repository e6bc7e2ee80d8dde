package id.kutip.pipeline;

import id.kutip.output.WriteRecords;
import id.kutip.pipeline.report.ReportPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Where a run writes, and how its records are published: the pipeline writes aside, into a hidden sibling folder,
 * and only a run that succeeded replaces the previous records, manifest and {@code _SUCCESS} marker last. Readers
 * never see a half-written or a doubled set of records.
 *
 * <ul>
 *   <li>With a run date the unit is the partition {@code DIR/dt=YYYY-MM-DD}. The run writes
 *       {@code DIR/.dt=YYYY-MM-DD.staging-RUN/}; the commit puts {@code _manifest.json} and {@code _SUCCESS} in it,
 *       renames the old partition aside, renames the staging folder to {@code dt=YYYY-MM-DD} and deletes the old one.
 *   <li>Without one, {@code documents/}, {@code quotes/}, {@code dead-letter/}, {@code _manifest.json} and
 *       {@code report.html} of {@code DIR} are replaced one by one the same way, {@code _SUCCESS} removed first and
 *       written last.
 * </ul>
 *
 * <p>On a local (or mounted) filesystem each rename is atomic, so a reader sees the old partition or the new one.
 * On object stores ({@code gs://}, {@code s3://}, ...) a folder cannot be renamed at once: there the old files are
 * deleted and the new ones moved in after {@code _SUCCESS} is removed, so readers must wait for {@code _SUCCESS} (as
 * Spark, Hive and Airflow sensors do). Names starting with {@code .} or {@code _} are ignored by those readers.
 *
 * <p>Leftovers of a run that died (its staging folder) are removed by the next run of the same target. Two runs of the
 * same target at the same time are not supported: a scheduler must not start them (see docs/scheduling.md).
 */
abstract class OutputCommit {
  static final String SUCCESS = "_SUCCESS";
  static final String MANIFEST = "_manifest.json";
  /** What a commit without a run date replaces in the output directory. */
  static final List<String> ENTRIES =
      List.of(WriteRecords.DOCUMENTS, WriteRecords.QUOTES, WriteRecords.DEAD_LETTER, MANIFEST, ReportPage.FILE_NAME);
  private static final Pattern RUN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** {@code dt=YYYY-MM-DD}, or null for a run without a date. */
  final String partition;
  final String runId;

  OutputCommit(String partition, String runId) {
    this.partition = partition;
    this.runId = runId;
  }

  /** The commit for an output directory (local path, {@code file://} or any Beam filesystem). */
  static OutputCommit of(String output, String runDate, String runId) {
    String partition = runDate == null || runDate.isBlank() ? null : "dt=" + checkRunDate(runDate);
    if (isLocal(output)) {
      return new Local(Path.of(output.startsWith("file://") ? output.substring("file://".length()) : output),
          partition, runId);
    }
    return new OnFileSystem(output, partition, runId);
  }

  /** A run date as given, if it is a real date written YYYY-MM-DD. */
  static String checkRunDate(String runDate) {
    if (!RUN_DATE.matcher(runDate).matches()) {
      throw new IllegalArgumentException("--runDate must be a date written YYYY-MM-DD, not '" + runDate + "'");
    }
    try {
      java.time.LocalDate.parse(runDate);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--runDate '" + runDate + "' is not a date of the calendar");
    }
    return runDate;
  }

  static boolean isLocal(String output) {
    return !output.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || output.startsWith("file://");
  }

  /** The hidden prefix of this target's staging folders: {@code .dt=2024-05-01.staging-} or {@code .kutip-staging-}. */
  String stagingPrefix() {
    return partition == null ? ".kutip-staging-" : "." + partition + ".staging-";
  }

  String replacedPrefix() {
    return partition == null ? ".kutip-replaced-" : "." + partition + ".replaced-";
  }

  /** Where the pipeline writes its records (documents/, quotes/, dead-letter/ under it). */
  abstract String stagingDir();

  /** Where the records are once committed. */
  abstract String targetDir();

  /** Removes what earlier runs of this target left aside, and makes the staging folder. */
  abstract void prepare() throws IOException;

  /** Publishes the staged records with their manifest, replacing the previous ones, then writes {@code _SUCCESS}. */
  abstract void commit(byte[] manifestJson) throws IOException;

  /** After a failed run: removes the staging folder (best effort; the next run removes it otherwise). */
  abstract void abort();

  /** A local or mounted filesystem: folders are renamed atomically. */
  static final class Local extends OutputCommit {
    private final Path base;
    private final Path staging;
    private final Path replaced;

    Local(Path base, String partition, String runId) {
      super(partition, runId);
      this.base = base.toAbsolutePath().normalize();
      this.staging = this.base.resolve(stagingPrefix() + runId);
      this.replaced = this.base.resolve(replacedPrefix() + runId);
    }

    @Override
    String stagingDir() {
      return staging.toString();
    }

    @Override
    String targetDir() {
      return (partition == null ? base : base.resolve(partition)).toString();
    }

    @Override
    void prepare() throws IOException {
      Files.createDirectories(base);
      try (DirectoryStream<Path> siblings = Files.newDirectoryStream(base)) {
        for (Path sibling : siblings) {
          String name = sibling.getFileName().toString();
          if (name.startsWith(stagingPrefix()) || name.startsWith(replacedPrefix())) {
            deleteTree(sibling);
          }
        }
      }
      Files.createDirectories(staging);
    }

    @Override
    void commit(byte[] manifestJson) throws IOException {
      Files.write(staging.resolve(MANIFEST), manifestJson);
      if (partition != null) {
        Path target = base.resolve(partition);
        Files.write(staging.resolve(SUCCESS), new byte[0]);
        boolean hadOld = Files.exists(target);
        if (hadOld) {
          Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          if (hadOld) {
            Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
          }
          throw e;
        }
        deleteTree(replaced);
        return;
      }
      Files.deleteIfExists(base.resolve(SUCCESS));
      Files.createDirectories(replaced);
      for (String entry : ENTRIES) {
        Path old = base.resolve(entry);
        if (Files.exists(old)) {
          Files.move(old, replaced.resolve(entry), StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(staging.resolve(entry))) {
          Files.move(staging.resolve(entry), old, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Files.write(base.resolve(SUCCESS), new byte[0]);
      deleteTree(replaced);
      deleteTree(staging);
    }

    @Override
    void abort() {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // Left for the next run of this target to remove.
      }
    }

    static void deleteTree(Path root) throws IOException {
      if (!Files.exists(root)) {
        return;
      }
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }

  /**
   * Any Beam filesystem (object stores): files are moved one by one, and {@code _SUCCESS} is what tells readers
   * that the records are complete.
   */
  static final class OnFileSystem extends OutputCommit {
    private final ResourceId base;
    private final ResourceId staging;
    private final ResourceId target;

    OnFileSystem(String output, String partition, String runId) {
      super(partition, runId);
      this.base = FileSystems.matchNewResource(output, true);
      this.staging = base.resolve(stagingPrefix() + runId, StandardResolveOptions.RESOLVE_DIRECTORY);
      this.target = partition == null ? base : base.resolve(partition, StandardResolveOptions.RESOLVE_DIRECTORY);
    }

    @Override
    String stagingDir() {
      return staging.toString();
    }

    @Override
    String targetDir() {
      return target.toString();
    }

    @Override
    void prepare() throws IOException {
      delete(base + stagingPrefix() + "*/**");
    }

    @Override
    void commit(byte[] manifestJson) throws IOException {
      write(staging.resolve(MANIFEST, StandardResolveOptions.RESOLVE_FILE), manifestJson);
      ResourceId success = target.resolve(SUCCESS, StandardResolveOptions.RESOLVE_FILE);
      delete(success.toString());
      if (partition != null) {
        delete(target + "**");
      } else {
        for (String entry : ENTRIES) {
          delete(target + entry);
          delete(target + entry + "/**");
        }
      }
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      String stagingPath = staging.toString();
      for (MatchResult.Metadata file : match(stagingPath + "**")) {
        String relative = file.resourceId().toString().substring(stagingPath.length());
        from.add(file.resourceId());
        to.add(target.resolve(relative, StandardResolveOptions.RESOLVE_FILE));
      }
      FileSystems.rename(from, to, StandardMoveOptions.IGNORE_MISSING_FILES);
      write(success, new byte[0]);
    }

    @Override
    void abort() {
      try {
        delete(staging + "**");
      } catch (IOException e) {
        // Left for the next run of this target to remove.
      }
    }

    private static List<MatchResult.Metadata> match(String glob) throws IOException {
      MatchResult result = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
      if (result.status() == MatchResult.Status.NOT_FOUND) {
        return List.of();
      }
      return result.metadata().stream().filter(m -> !m.resourceId().isDirectory()).toList();
    }

    private static void delete(String glob) throws IOException {
      List<ResourceId> files = match(glob).stream().map(MatchResult.Metadata::resourceId).toList();
      FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    private static void write(ResourceId file, byte[] bytes) throws IOException {
      try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
      }
    }
  }
}
