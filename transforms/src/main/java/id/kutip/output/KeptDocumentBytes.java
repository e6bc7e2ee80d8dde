package id.kutip.output;

import id.kutip.common.DocumentOutcome;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.beam.sdk.extensions.avro.io.AvroSink;

/**
 * Writes an outcome's document into an Avro container file as the bytes it keeps ({@link
 * DocumentOutcome#documentBytes}): they are the document's binary encoding under the schema the file is written with,
 * which is what Avro's own writer would put in the file's block for it. The document writer then neither decodes the
 * document it received as bytes nor encodes it again.
 */
final class KeptDocumentBytes implements AvroSink.DatumWriterFactory<DocumentOutcome> {
  private static final long serialVersionUID = 1L;

  @Override
  public DatumWriter<DocumentOutcome> apply(Schema schema) {
    return new Writer();
  }

  private static final class Writer implements DatumWriter<DocumentOutcome> {
    @Override
    public void setSchema(Schema schema) {
      // The bytes were made with the document's own schema, the one the files are written with.
    }

    @Override
    public void write(DocumentOutcome outcome, Encoder out) throws IOException {
      byte[] bytes = outcome.documentBytes();
      out.writeFixed(bytes, 0, bytes.length);
    }
  }
}
