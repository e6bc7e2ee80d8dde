package id.kutip.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StructuredCoder;

/**
 * The coder of a {@link Packed} value: its length, then its bytes in one write, read back in one read; a length over
 * {@link RecordBytes#MAX_BYTES} is a corrupt stream, not a value. Deterministic
 * when the packed value's coder is, as the bytes are that coder's.
 */
public final class PackedCoder<T> extends StructuredCoder<Packed<T>> {
  private static final long serialVersionUID = 1L;

  private final Coder<T> valueCoder;

  private PackedCoder(Coder<T> valueCoder) {
    this.valueCoder = valueCoder;
  }

  public static <T> PackedCoder<T> of(Coder<T> valueCoder) {
    return new PackedCoder<>(valueCoder);
  }

  /** {@code value} packed with this coder's value coder. */
  public Packed<T> pack(T value) {
    return Packed.of(value, valueCoder);
  }

  @Override
  public void encode(Packed<T> value, OutputStream out) throws IOException {
    RecordBytes.writeBytes(value.bytes(), out);
  }

  @Override
  public Packed<T> decode(InputStream in) throws IOException {
    return new Packed<>(RecordBytes.readBytes(in, "a packed value"), valueCoder);
  }

  @Override
  public List<? extends Coder<?>> getCoderArguments() {
    return List.of(valueCoder);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    verifyDeterministic(this, "the packed value's coder must be deterministic", valueCoder);
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
