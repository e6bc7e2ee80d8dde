package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.coders.Coder;

/** Avro coders for the records that travel between stages: compact and deterministic, never Java serialization. */
public final class KutipCoders {
  private KutipCoders() {}

  public static Coder<RawDocument> rawDocument() {
    return AvroCoder.specific(RawDocument.class);
  }

  public static Coder<Document> document() {
    return AvroCoder.specific(Document.class);
  }

  public static Coder<Quote> quote() {
    return AvroCoder.specific(Quote.class);
  }

  public static Coder<DeadLetter> deadLetter() {
    return AvroCoder.specific(DeadLetter.class);
  }
}
