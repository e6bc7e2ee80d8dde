package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.entities.TagEntities;
import id.kutip.ingest.CollectingSink;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SentenceSplitter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

/** The stage coders decode with Avro's fast reader: every record, every field, as Avro's own writer wrote it. */
class KutipCodersTest {
  private static final Path SEEDS = Path.of("..").toAbsolutePath().normalize().resolve("src/samples/seeds");

  @Test
  void documentsAndQuotesOfTheSeedsComeBackWhole() throws Exception {
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    QuoteAttributor attributor = new QuoteAttributor();
    List<Document> documents = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        RawDocument raw = read(file);
        Document clean = cleaner.clean(raw);
        Document document = Document.newBuilder(clean)
            .setPublishedAt(Instant.parse("2023-11-10T03:15:00Z"))
            .setClusterId(clean.getDocId()).setDuplicateOf("other")
            .setSentences(SentenceSplitter.shared().split(clean.getText()))
            .setEntities(TagEntities.sharedTagger(List.of()).tag(clean.getText()))
            .build();
        documents.add(document);
        quotes.addAll(attributor.attribute(document));
        roundTrips(KutipCoders.rawDocument(), raw, RawDocument.class);
      }
    }
    assertFalse(quotes.isEmpty());
    for (Document document : documents) {
      roundTrips(KutipCoders.document(), document, Document.class);
      assertEquals(Instant.parse("2023-11-10T03:15:00Z"), decode(KutipCoders.document(), document).getPublishedAt());
    }
    for (Quote quote : quotes) {
      roundTrips(KutipCoders.quote(), quote, Quote.class);
    }
    roundTrips(KutipCoders.deadLetter(), DeadLetters.build(Stages.READ, "file:///x", "x", "reason", "detail", "payload", 7L),
        DeadLetter.class);
  }

  @Test
  void theCodersAreSerializableAndDeterministic() throws Exception {
    for (Coder<?> coder : List.of(KutipCoders.rawDocument(), KutipCoders.document(), KutipCoders.quote(),
        KutipCoders.deadLetter())) {
      CoderProperties.coderSerializable(coder);
      SerializableUtils.ensureSerializable(coder);
      coder.verifyDeterministic();
    }
  }

  @Test
  void readersUseAvrosFastReaderWithTheClassesConversions() {
    var reader = (org.apache.avro.specific.SpecificDatumReader<Document>)
        new FastReaderDatumFactory<>(Document.class).apply(Document.getClassSchema(), Document.getClassSchema());
    assertTrue(reader.getSpecificData().isFastReaderEnabled());
    assertEquals(org.apache.avro.specific.SpecificData.getForClass(Document.class).getConversions().size(),
        reader.getSpecificData().getConversions().size());
    assertFalse(reader.getSpecificData().getConversions().isEmpty());
  }

  /** Decodes what Avro's plain writer wrote to the record itself, before and after the coder is serialised. */
  private static <T extends org.apache.avro.specific.SpecificRecord> void roundTrips(Coder<T> coder, T record,
      Class<T> type) throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    var encoder = EncoderFactory.get().binaryEncoder(plain, null);
    new SpecificDatumWriter<>(type).write(record, encoder);
    encoder.flush();
    assertEquals(record, coder.decode(new java.io.ByteArrayInputStream(plain.toByteArray())));
    CoderProperties.coderDecodeEncodeEqual(coder, record);
    CoderProperties.coderDecodeEncodeEqual(SerializableUtils.clone(coder), record);
    assertTrue(plain.size() > 0);
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

  private static <T> T decode(Coder<T> coder, T record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(record, out);
    return coder.decode(new java.io.ByteArrayInputStream(out.toByteArray()));
  }
}
