package id.kutip.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/** Reads back the Avro files a run wrote, for assertions. */
final class AvroFiles {
  private AvroFiles() {}

  /** The schema the first file of a folder was written with (from its header). */
  static org.apache.avro.Schema writerSchema(Path folder) throws IOException {
    Path first = files(folder).get(0);
    try (DataFileReader<Object> reader = new DataFileReader<>(first.toFile(), new GenericDatumReader<>())) {
      return reader.getSchema();
    }
  }

  /** The block codecs in the headers of the record files of a run's folders ({@code documents}, ...). */
  static Set<String> codecs(Path output, String... folders) throws IOException {
    Set<String> codecs = new TreeSet<>();
    for (String folder : folders) {
      for (Path file : files(output.resolve(folder))) {
        try (DataFileReader<Object> reader = new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
          codecs.add(reader.getMetaString(DataFileConstants.CODEC));
        }
      }
    }
    return codecs;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".avro")).sorted().toList();
    }
  }

  static <T extends SpecificRecord> List<T> read(Path folder, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return records;
    }
    for (Path file : files(folder)) {
      try (DataFileReader<T> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
        reader.forEach(records::add);
      }
    }
    return records;
  }
}
