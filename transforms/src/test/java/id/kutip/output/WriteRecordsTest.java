package id.kutip.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.DocumentOutcome;
import id.kutip.common.KutipCoders;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Entity;
import id.kutip.schema.Sentence;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class WriteRecordsTest {
  @TempDir Path dir;

  private static List<DeadLetter> letters() {
    List<DeadLetter> letters = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      letters.add(DeadLetter.newBuilder().setSourceUri("file:///dump-" + (i % 7) + ".jsonl#line=" + i)
          .setStage("CleanDocuments").setReason(i % 3 == 0 ? "empty-body" : "not-indonesian")
          .setError("no paragraph of the page reads as the article's body, line " + i)
          .setExcerpt("Baca juga: berita lain yang tidak ada hubungannya dengan artikel ini " + (i * 7919 % 1000))
          .build());
    }
    return letters;
  }

  /**
   * The files are deflate at the level asked for: the same records at levels 1 and 9, in a file smaller at 9, so the
   * level reaches the writer. Every Avro reader reads deflate at any level.
   */
  @Test
  void recordsAreWrittenWithDeflateAtTheLevelAsked(TestPipeline p) throws IOException {
    PCollection<DeadLetter> letters = p.apply(Create.of(letters()).withCoder(KutipCoders.deadLetter()));
    letters.apply("Fastest", WriteRecords.deadLetters(dir.resolve("fastest").toString()).withDeflateLevel(1));
    letters.apply("Smallest", WriteRecords.deadLetters(dir.resolve("smallest").toString()).withDeflateLevel(9));
    letters.apply("Default", WriteRecords.deadLetters(dir.resolve("default").toString()));
    p.run().waitUntilFinish();

    List<String> expected = letters().stream().map(DeadLetter::toString).sorted().toList();
    for (String run : List.of("fastest", "smallest", "default")) {
      assertEquals(expected, read(dir.resolve(run).resolve(WriteRecords.DEAD_LETTER)), run);
    }
    long fastest = bytes(dir.resolve("fastest"));
    long smallest = bytes(dir.resolve("smallest"));
    assertTrue(smallest < fastest, smallest + " bytes at level 9 against " + fastest + " at 1");
  }

  /**
   * Documents written from the outcomes' kept bytes are the files the record writer writes: the same records, every
   * field, in files of the document schema, whether an outcome was made from its document or read as bytes.
   */
  @Test
  void documentsWrittenFromTheirBytesAreTheRecordsTheRecordWriterWrites(TestPipeline p) throws Exception {
    List<Document> documents = new ArrayList<>();
    List<DocumentOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Document document = Document.newBuilder()
          .setDocId("d" + i).setSourceUri("file:///dump.jsonl#line=" + i).setTitle(i % 2 == 0 ? null : "Judul " + i)
          .setPublishedAt(i % 3 == 0 ? null : Instant.ofEpochMilli(1_700_000_000_000L + i * 60_000L))
          .setText("Menteri Luar Negeri AS Antony Blinken tiba di Jakarta. Berita ke-" + i + ".")
          .setSentences(List.of(new Sentence(0, 55, 0), new Sentence(56, 70 + Integer.toString(i).length(), 0)))
          .setEntities(List.of(Entity.newBuilder().setType("PERSON").setText("Antony Blinken")
              .setCanonical("Antony Blinken").setStart(21).setEnd(35).setSource("gazetteer:persons").build()))
          .build();
      documents.add(document);
      DocumentOutcome made = DocumentOutcome.of(document);
      outcomes.add(i % 2 == 0 ? made : CoderUtils.clone(DocumentOutcome.coder(), made));
    }
    p.apply("Documents", Create.of(documents).withCoder(KutipCoders.document()))
        .apply("WriteRecords", WriteRecords.documents(dir.resolve("records").toString()));
    p.apply("Outcomes", Create.of(outcomes).withCoder(DocumentOutcome.coder()))
        .apply("WriteBytes", WriteRecords.documentOutcomes(dir.resolve("bytes").toString()));
    p.run().waitUntilFinish();

    List<String> expected = documents.stream().map(Document::toString).sorted().toList();
    assertEquals(expected, read(dir.resolve("records").resolve(WriteRecords.DOCUMENTS), Document.class));
    assertEquals(expected, read(dir.resolve("bytes").resolve(WriteRecords.DOCUMENTS), Document.class));
  }

  /**
   * Each codec the writers offer reaches the file (its {@code avro.codec} header) and reads back to the same records;
   * zstandard's files are smaller than snappy's, as on the job's documents.
   */
  @Test
  void recordsAreWrittenWithTheCodecAsked(TestPipeline p) throws IOException {
    PCollection<DeadLetter> letters = p.apply(Create.of(letters()).withCoder(KutipCoders.deadLetter()));
    for (AvroCodec codec : AvroCodec.values()) {
      letters.apply(codec.name(), WriteRecords.deadLetters(dir.resolve(codec.avroName()).toString()).withCodec(codec));
    }
    p.run().waitUntilFinish();

    List<String> expected = letters().stream().map(DeadLetter::toString).sorted().toList();
    for (AvroCodec codec : AvroCodec.values()) {
      assertEquals(expected, read(dir.resolve(codec.avroName()).resolve(WriteRecords.DEAD_LETTER), codec.avroName()),
          codec.avroName());
    }
    long snappy = bytes(dir.resolve("snappy"));
    long zstandard = bytes(dir.resolve("zstandard"));
    assertTrue(zstandard < snappy, zstandard + " bytes in zstandard against " + snappy + " in snappy");
  }

  @Test
  void codecsGoByAvrosNames() {
    assertEquals(AvroCodec.ZSTANDARD, AvroCodec.named("zstandard").orElseThrow());
    assertEquals(AvroCodec.DEFLATE, AvroCodec.named(DataFileConstants.DEFLATE_CODEC).orElseThrow());
    assertEquals(AvroCodec.SNAPPY, AvroCodec.named(DataFileConstants.SNAPPY_CODEC).orElseThrow());
    assertEquals(DataFileConstants.ZSTANDARD_CODEC, AvroCodec.ZSTANDARD.avroName());
    assertTrue(AvroCodec.named("ZSTANDARD").isEmpty());
    assertTrue(AvroCodec.named("gzip").isEmpty());
    assertEquals("deflate, snappy or zstandard", AvroCodec.names());
  }

  @Test
  void aLevelOutsideDeflatesIsRefused(TestPipeline p) {
    PCollection<DeadLetter> letters = p.apply(Create.of(letters()).withCoder(KutipCoders.deadLetter()));
    for (int level : new int[] {0, 10}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> letters.apply(
          "Level" + level, WriteRecords.deadLetters(dir.toString()).withDeflateLevel(level)));
      assertTrue(e.getMessage().contains("1 to 9"), e.getMessage());
    }
    p.enableAbandonedNodeEnforcement(false);
  }

  private static List<String> read(Path folder) throws IOException {
    return read(folder, DataFileConstants.DEFLATE_CODEC);
  }

  private static List<String> read(Path folder, String codec) throws IOException {
    return read(folder, codec, DeadLetter.class);
  }

  private static List<String> read(Path folder, Class<?> type) throws IOException {
    return read(folder, DataFileConstants.DEFLATE_CODEC, type);
  }

  /** The records of a folder's files, each as its {@code toString}, sorted; each file in {@code type}'s schema. */
  private static <T> List<String> read(Path folder, String codec, Class<T> type) throws IOException {
    List<String> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avro")).toList()) {
        try (DataFileReader<T> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(type))) {
          assertEquals(codec, reader.getMetaString(DataFileConstants.CODEC), file.toString());
          assertEquals(org.apache.avro.specific.SpecificData.get().getSchema(type), reader.getSchema(), file.toString());
          reader.forEach(record -> records.add(record.toString()));
        }
      }
    }
    records.sort(null);
    return records;
  }

  private static long bytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
    }
  }
}
