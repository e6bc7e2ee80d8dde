package id.kutip.pipeline.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The Avro container files of one output folder ({@code documents/}, {@code quotes/}, {@code dead-letter/}), read
 * as generic records in file-name order. Sub-folders (such as {@code dt=YYYY-MM-DD/} partitions) are included. A
 * local path is walked directly; a path with a scheme ({@code gs://}, ...) is matched through Beam's filesystems.
 */
public final class AvroFolder {
  private final List<String> files;

  private AvroFolder(List<String> files) {
    this.files = files;
  }

  /** The folder's {@code .avro} files; an {@link IOException} when the folder does not exist or cannot be listed. */
  public static AvroFolder open(String folder) throws IOException {
    if (isRemote(folder)) {
      MatchResult match = FileSystems.match(folder.replaceAll("/+$", "") + "/**");
      List<String> files = new ArrayList<>();
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : match.metadata()) {
          String name = m.resourceId().toString();
          if (name.endsWith(".avro")) {
            files.add(name);
          }
        }
      }
      if (files.isEmpty()) {
        throw new IOException("no .avro files under " + folder);
      }
      files.sort(null);
      return new AvroFolder(files);
    }
    Path dir = Path.of(folder.startsWith("file://") ? folder.substring("file://".length()) : folder);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no such folder: " + folder);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return new AvroFolder(walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".avro"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(Path::toString).sorted().toList());
    }
  }

  static boolean isRemote(String path) {
    return path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !path.startsWith("file://");
  }

  public List<String> files() {
    return files;
  }

  /** The writer schema of the first file, or null when the folder holds no records files. */
  public Schema schema() throws IOException {
    if (files.isEmpty()) {
      return null;
    }
    try (DataFileStream<GenericRecord> stream = stream(files.get(0))) {
      return stream.getSchema();
    }
  }

  /** Calls {@code visitor} with every record until it returns false. */
  public void forEach(Predicate<GenericRecord> visitor) throws IOException {
    for (String file : files) {
      try (DataFileStream<GenericRecord> stream = stream(file)) {
        GenericRecord reuse = null;
        while (stream.hasNext()) {
          reuse = stream.next(reuse);
          if (!visitor.test(reuse)) {
            return;
          }
        }
      }
    }
  }

  private static DataFileStream<GenericRecord> stream(String file) throws IOException {
    InputStream in = isRemote(file)
        ? Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))
        : Files.newInputStream(Path.of(file));
    try {
      return new DataFileStream<>(in, new GenericDatumReader<>());
    } catch (IOException e) {
      in.close();
      throw new IOException("not an Avro container file: " + file + " (" + e.getMessage() + ")", e);
    }
  }
}
