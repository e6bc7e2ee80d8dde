package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.coders.Coder;

/**
 * Avro coders for the records that travel between stages: compact and deterministic, never Java serialization. They
 * decode with Avro's fast reader ({@link FastReaderDatumFactory}).
 */
public final class KutipCoders {
  private KutipCoders() {}

  public static Coder<RawDocument> rawDocument() {
    return of(RawDocument.class, RawDocument.getClassSchema());
  }

  public static Coder<Document> document() {
    return of(Document.class, Document.getClassSchema());
  }

  public static Coder<Quote> quote() {
    return of(Quote.class, Quote.getClassSchema());
  }

  public static Coder<DeadLetter> deadLetter() {
    return of(DeadLetter.class, DeadLetter.getClassSchema());
  }

  private static <T> Coder<T> of(Class<T> type, org.apache.avro.Schema schema) {
    return AvroCoder.of(new FastReaderDatumFactory<>(type), schema);
  }
}
