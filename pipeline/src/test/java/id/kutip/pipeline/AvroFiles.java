package id.kutip.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/** Reads back the Avro files a run wrote, for assertions. */
final class AvroFiles {
  private AvroFiles() {}

  /** The schema the first file of a folder was written with (from its header). */
  static org.apache.avro.Schema writerSchema(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
    try (DataFileReader<Object> reader =
        new DataFileReader<>(files.get(0).toFile(), new org.apache.avro.generic.GenericDatumReader<>())) {
      return reader.getSchema();
    }
  }

  static <T extends SpecificRecord> List<T> read(Path folder, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return records;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
    for (Path file : files) {
      try (DataFileReader<T> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
        reader.forEach(records::add);
      }
    }
    return records;
  }
}
