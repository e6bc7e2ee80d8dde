package id.kutip.duplicates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
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
    INT.encode(sketch.signature().length, out);
    for (short value : sketch.signature()) {
      out.write(value >>> 8);
      out.write(value);
    }
  }

  @Override
  public Sketch decode(InputStream in) throws IOException {
    String key = STRING.decode(in);
    String docId = STRING.decode(in);
    long published = LONG.decode(in);
    int length = INT.decode(in);
    long contentHash = LONG.decode(in);
    short[] signature = new short[INT.decode(in)];
    for (int i = 0; i < signature.length; i++) {
      int high = in.read();
      int low = in.read();
      if (high < 0 || low < 0) {
        throw new java.io.EOFException("a sketch's signature is cut short");
      }
      signature[i] = (short) ((high << 8) | low);
    }
    return new Sketch(key, docId, published, length, contentHash, signature);
  }

  @Override
  public void verifyDeterministic() {}
}
