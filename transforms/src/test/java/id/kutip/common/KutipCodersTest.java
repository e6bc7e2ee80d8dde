package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

/**
 * The stage coders write each record as its length and Avro's own binary encoding of it (the generated encoders write
 * what Avro's generic writer writes), and read it back with Avro's fast reader: every record, every field.
 */
class KutipCodersTest {
  @Test
  void documentsAndQuotesOfTheSeedsComeBackWhole() throws Exception {
    QuoteAttributor attributor = new QuoteAttributor();
    List<Document> documents = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (AnnotatedSeeds.Seed seed : AnnotatedSeeds.load()) {
      documents.add(seed.document());
      quotes.addAll(attributor.attribute(seed.document()));
      roundTrips(KutipCoders.rawDocument(), seed.raw(), RawDocument.class);
    }
    assertFalse(quotes.isEmpty());
    for (Document document : documents) {
      roundTrips(KutipCoders.document(), document, Document.class);
      assertEquals(AnnotatedSeeds.PUBLISHED, decode(KutipCoders.document(), document).getPublishedAt());
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
        KutipCoders.deadLetter(), KutipCoders.inputFile())) {
      CoderProperties.coderSerializable(coder);
      SerializableUtils.ensureSerializable(coder);
      coder.verifyDeterministic();
    }
  }

  @Test
  void readersUseAvrosFastReaderAndWritersTheGeneratedEncodersWithTheClassesConversions() {
    FastDatumFactory<Document> datums = new FastDatumFactory<>(Document.class);
    var reader = (org.apache.avro.specific.SpecificDatumReader<Document>)
        datums.apply(Document.getClassSchema(), Document.getClassSchema());
    var writer = (SpecificDatumWriter<Document>) datums.apply(Document.getClassSchema());
    assertTrue(reader.getSpecificData().isFastReaderEnabled());
    assertTrue(writer.getSpecificData().useCustomCoders());
    for (var model : List.of(reader.getSpecificData(), writer.getSpecificData())) {
      assertEquals(org.apache.avro.specific.SpecificData.getForClass(Document.class).getConversions().size(),
          model.getConversions().size());
      assertFalse(model.getConversions().isEmpty());
    }
  }

  @Test
  void aStreamCutShortOrWithAnImpossibleLengthIsAnErrorNotARecord() throws Exception {
    Coder<DeadLetter> coder = KutipCoders.deadLetter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(DeadLetters.build(Stages.READ, "file:///x", "x", "reason", "detail", "payload", 7L), out);
    byte[] whole = out.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
    assertThrows(java.io.EOFException.class, () -> coder.decode(new java.io.ByteArrayInputStream(cut)));
    // A length of -1 (ten bytes of VarInt), and one past the limit.
    for (long length : new long[] {-1, RecordBytes.MAX_BYTES + 1L}) {
      ByteArrayOutputStream bad = new ByteArrayOutputStream();
      org.apache.beam.sdk.util.VarInt.encode((int) length, bad);
      assertThrows(org.apache.beam.sdk.coders.CoderException.class,
          () -> coder.decode(new java.io.ByteArrayInputStream(bad.toByteArray())));
    }
    // A length longer than the record: its bytes end before the length does.
    ByteArrayOutputStream padded = new ByteArrayOutputStream();
    org.apache.beam.sdk.util.VarInt.encode(whole.length + 1, padded);
    padded.write(whole, 1, whole.length - 1);
    padded.write(new byte[2]);
    assertThrows(org.apache.beam.sdk.coders.CoderException.class,
        () -> coder.decode(new java.io.ByteArrayInputStream(padded.toByteArray())));
  }

  @Test
  void recordsOneAfterAnotherInOneStreamComeBackInOrderWhateverTheirSize() throws Exception {
    Coder<DeadLetter> coder = KutipCoders.deadLetter();
    List<DeadLetter> letters = new ArrayList<>();
    for (int size : new int[] {0, 10, 9000, RecordBytes.KEPT_BYTES + 5, 3}) {
      letters.add(DeadLetters.build(Stages.READ, "file:///x", "x", "reason", "e".repeat(size), "payload", (long) size));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (DeadLetter letter : letters) {
      coder.encode(letter, out);
    }
    java.io.InputStream in = new java.io.ByteArrayInputStream(out.toByteArray());
    for (DeadLetter letter : letters) {
      assertEquals(letter, coder.decode(in));
    }
    assertEquals(-1, in.read());
  }

  /**
   * The coder's bytes are the record's length and then what Avro's plain writer writes for it; they decode to the
   * record itself, before and after the coder is serialised.
   */
  private static <T extends org.apache.avro.specific.SpecificRecord> void roundTrips(Coder<T> coder, T record,
      Class<T> type) throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    var encoder = EncoderFactory.get().binaryEncoder(plain, null);
    new SpecificDatumWriter<>(type).write(record, encoder);
    encoder.flush();
    assertTrue(plain.size() > 0);
    ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
    org.apache.beam.sdk.util.VarInt.encode(plain.size(), prefixed);
    plain.writeTo(prefixed);
    ByteArrayOutputStream coded = new ByteArrayOutputStream();
    coder.encode(record, coded);
    assertArrayEquals(prefixed.toByteArray(), coded.toByteArray());
    assertEquals(record, coder.decode(new java.io.ByteArrayInputStream(prefixed.toByteArray())));
    CoderProperties.coderDecodeEncodeEqual(coder, record);
    CoderProperties.coderDecodeEncodeEqual(SerializableUtils.clone(coder), record);
  }

  private static <T> T decode(Coder<T> coder, T record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(record, out);
    return coder.decode(new java.io.ByteArrayInputStream(out.toByteArray()));
  }
}
