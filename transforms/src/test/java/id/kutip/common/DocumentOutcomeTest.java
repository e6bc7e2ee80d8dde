package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.coders.Coder;
import org.junit.jupiter.api.Test;

/**
 * An outcome's document crosses a step as the document coder's bytes, and is kept as Avro's bytes of it, which the
 * document writer writes as they are: an outcome read is decoded only when its document is asked for, and written
 * again as it was read.
 */
class DocumentOutcomeTest {
  private static final Coder<DocumentOutcome> CODER = DocumentOutcome.coder();

  @Test
  void aDocumentIsWrittenAsTheDocumentCoderWritesItBehindOneByte() throws Exception {
    for (AnnotatedSeeds.Seed seed : AnnotatedSeeds.load()) {
      Document document = seed.document();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      expected.write(0);
      KutipCoders.document().encode(document, expected);
      assertArrayEquals(expected.toByteArray(), encode(DocumentOutcome.of(document)), document.getDocId());
      // The kept bytes are what Avro's own writer writes for the record: what a container file's block holds.
      assertArrayEquals(avro(document), DocumentOutcome.of(document).documentBytes(), document.getDocId());
    }
  }

  @Test
  void anOutcomeReadKeepsItsBytesAndGivesTheDocumentBack() throws Exception {
    for (AnnotatedSeeds.Seed seed : AnnotatedSeeds.load()) {
      DocumentOutcome made = DocumentOutcome.of(seed.document());
      DocumentOutcome read = decode(encode(made));
      assertArrayEquals(avro(seed.document()), read.documentBytes());
      assertArrayEquals(encode(made), encode(read));
      assertEquals(seed.document(), read.document());
      assertEquals(made, read);
      assertEquals(made.hashCode(), read.hashCode());
      assertNull(read.deadLetter());
    }
  }

  /** Bytes read are written again as they came, without being decoded: only asking for the document decodes them. */
  @Test
  void bytesReadAreNotDecodedUntilTheDocumentIsAskedFor() throws Exception {
    byte[] notADocument = {0, 3, 7, 7, 7};
    DocumentOutcome read = decode(notADocument);
    assertArrayEquals(notADocument, encode(read));
    assertArrayEquals(new byte[] {7, 7, 7}, read.documentBytes());
    assertThrows(IllegalStateException.class, read::document);
  }

  @Test
  void aDeadLetterHasNoDocumentAndIsNotEqualToOne() throws Exception {
    DeadLetter letter = DeadLetters.build(Stages.SENTENCES, "file:///x", "x", "reason", "detail", "payload", 7L);
    DocumentOutcome failed = DocumentOutcome.failed(letter);
    DocumentOutcome read = decode(encode(failed));
    assertEquals(failed, read);
    assertEquals(letter, read.deadLetter());
    assertNull(read.document());
    assertThrows(IllegalStateException.class, read::documentBytes);
    Document document = AnnotatedSeeds.load().get(0).document();
    assertNotEquals(failed, DocumentOutcome.of(document));
    assertNotEquals(DocumentOutcome.of(document), failed);
  }

  private static byte[] avro(Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(Document.class).write(document, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static byte[] encode(DocumentOutcome outcome) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CODER.encode(outcome, out);
    return out.toByteArray();
  }

  private static DocumentOutcome decode(byte[] bytes) throws Exception {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    DocumentOutcome outcome = CODER.decode(in);
    assertEquals(-1, in.read());
    return outcome;
  }
}
