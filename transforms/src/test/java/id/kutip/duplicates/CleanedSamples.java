package id.kutip.duplicates;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.ingest.CollectingSink;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The bundled sample dumps, read and cleaned as the pipeline does, for duplicate detection tests. */
final class CleanedSamples {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SEEDS = REPO.resolve("src/samples/seeds");
  static final Path IDNEWS = REPO.resolve("src/samples/idnews/articles.jsonl.gz");

  private CleanedSamples() {}

  /** The five seeds and the 416 idnews articles, cleaned; documents the cleaner rejects are left out. */
  static List<Document> seedsAndIdnews() throws IOException {
    DumpReader reader = new DumpReader(10L << 20, 1L << 32, JsonFields.DEFAULT);
    CollectingSink sink = new CollectingSink();
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        try (InputStream in = Files.newInputStream(seed)) {
          reader.read(seed.toUri().toString(), in, sink);
        }
      }
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(IDNEWS))) {
      reader.read(IDNEWS.toUri().toString(), in, sink);
    }
    if (!sink.failures.isEmpty()) {
      throw new AssertionError("a bundled sample did not read: " + sink.failures.get(0));
    }
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    List<Document> cleaned = new ArrayList<>();
    for (RawDocument document : sink.documents) {
      try {
        cleaned.add(cleaner.clean(document));
      } catch (RejectedInputException e) {
        // an empty body: not a document for duplicate detection
      }
    }
    return cleaned;
  }
}
