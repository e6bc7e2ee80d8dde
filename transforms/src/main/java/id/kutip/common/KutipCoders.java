package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import org.apache.beam.sdk.coders.Coder;

/**
 * Avro coders for the records that travel between stages: compact and deterministic, never Java serialization. Each
 * record is written and read in one call ({@link AvroRecordCoder}), with Avro's fast reader and the classes' generated
 * encoders ({@link FastDatumFactory}).
 */
public final class KutipCoders {
  private KutipCoders() {}

  public static Coder<RawDocument> rawDocument() {
    return AvroRecordCoder.of(RawDocument.class);
  }

  public static Coder<Document> document() {
    return AvroRecordCoder.of(Document.class);
  }

  public static Coder<Quote> quote() {
    return AvroRecordCoder.of(Quote.class);
  }

  public static Coder<DeadLetter> deadLetter() {
    return AvroRecordCoder.of(DeadLetter.class);
  }

  public static Coder<InputFile> inputFile() {
    return AvroRecordCoder.of(InputFile.class);
  }
}
