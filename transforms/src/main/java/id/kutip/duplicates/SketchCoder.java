package id.kutip.duplicates;

import id.kutip.common.CoderBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/** A compact, deterministic coder for {@link Sketch}: strings, numbers, then two bytes per signature value. */
public final class SketchCoder extends CustomCoder<Sketch> {
  private static final long serialVersionUID = 1L;
  private static final SketchCoder INSTANCE = new SketchCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final BigEndianLongCoder LONG = BigEndianLongCoder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  /** Far above {@link MinHash#SIZE}: a length beyond it is a corrupt stream, not a sketch. */
  static final int MAX_SIGNATURE = 1 << 16;

  public static SketchCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Sketch sketch, OutputStream out) throws IOException {
    STRING.encode(sketch.key(), out);
    STRING.encode(sketch.docId(), out);
    LONG.encode(sketch.publishedMillis(), out);
    INT.encode(sketch.length(), out);
    LONG.encode(sketch.contentHash(), out);
    short[] signature = sketch.signature();
    INT.encode(signature.length, out);
    // One write for the whole signature: every band entry of a document carries it (41 per document), and runners
    // hand coders streams whose single-byte writes are calls through several wrappers.
    byte[] bytes = new byte[2 * signature.length];
    for (int i = 0; i < signature.length; i++) {
      bytes[2 * i] = (byte) (signature[i] >>> 8);
      bytes[2 * i + 1] = (byte) signature[i];
    }
    out.write(bytes);
  }

  @Override
  public Sketch decode(InputStream in) throws IOException {
    String key = STRING.decode(in);
    String docId = STRING.decode(in);
    long published = LONG.decode(in);
    int length = INT.decode(in);
    long contentHash = LONG.decode(in);
    int size = INT.decode(in);
    if (size < 0 || size > MAX_SIGNATURE) {
      throw new CoderException("a sketch's signature cannot have " + size + " values");
    }
    byte[] bytes = CoderBytes.readFully(in, 2 * size, "a sketch's signature is");
    short[] signature = new short[size];
    for (int i = 0; i < size; i++) {
      signature[i] = (short) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
    }
    return new Sketch(key, docId, published, length, contentHash, signature);
  }

  @Override
  public void verifyDeterministic() {}
}
