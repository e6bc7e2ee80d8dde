package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.entities.TagEntities;
import id.kutip.ingest.CollectingSink;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SentenceSplitter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed pages as the stages leave them: every field of a document set, sentences and entities included. */
final class AnnotatedSeeds {
  static final Path SEEDS = Path.of("..").toAbsolutePath().normalize().resolve("src/samples/seeds");
  static final Instant PUBLISHED = Instant.parse("2023-11-10T03:15:00Z");

  /** One seed: as read, and as annotated. */
  record Seed(RawDocument raw, Document document) {}

  private AnnotatedSeeds() {}

  static List<Seed> load() throws Exception {
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    List<Seed> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        RawDocument raw = read(file);
        Document clean = cleaner.clean(raw);
        seeds.add(new Seed(raw, Document.newBuilder(clean)
            .setPublishedAt(PUBLISHED)
            .setClusterId(clean.getDocId()).setDuplicateOf("other")
            .setSentences(SentenceSplitter.shared().split(clean.getText()))
            .setEntities(TagEntities.sharedTagger(List.of()).tag(clean.getText()))
            .build()));
      }
    }
    return seeds;
  }

  /** A seed as ReadDumps reads it. */
  private static RawDocument read(Path file) throws Exception {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(file)) {
      new DumpReader(10L << 20, 1L << 32, JsonFields.DEFAULT).read(file.toUri().toString(), in, sink);
    }
    assertEquals(List.of(), sink.failures);
    return sink.documents.get(0);
  }
}
