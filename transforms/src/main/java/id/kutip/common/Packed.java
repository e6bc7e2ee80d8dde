package id.kutip.common;

import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * A value that crosses steps as its coder's bytes: encoded once where it is made, decoded once where it is used
 * ({@link #get}), and copied as bytes everywhere in between ({@link PackedCoder}).
 *
 * <p>For the large lists a grouping sorts. On Flink's batch translation a record is encoded once for every reader of
 * its step's output, and a step with several outputs sends all of them to each output's reader, which decodes them
 * all; the sorter behind a grouping then decodes each record and encodes it again into its buffers, and once more
 * when it spills. Each of those is a copy of bytes for a packed value, not a walk through hundreds of entries.
 */
public final class Packed<T> {
  private final byte[] bytes;
  private final Coder<T> coder;

  Packed(byte[] bytes, Coder<T> coder) {
    this.bytes = Objects.requireNonNull(bytes);
    this.coder = Objects.requireNonNull(coder);
  }

  /** {@code value} as {@code coder}'s bytes. */
  public static <T> Packed<T> of(T value, Coder<T> coder) {
    try {
      return new Packed<>(CoderUtils.encodeToByteArray(coder, value), coder);
    } catch (CoderException e) {
      throw new IllegalArgumentException("a value could not be packed with " + coder, e);
    }
  }

  /** The value, decoded anew from the bytes on each call. */
  public T get() {
    try {
      return CoderUtils.decodeFromByteArray(coder, bytes);
    } catch (CoderException e) {
      throw new IllegalStateException("packed bytes could not be read with " + coder, e);
    }
  }

  /** The bytes; not to be changed. */
  byte[] bytes() {
    return bytes;
  }

  /** How many bytes the value takes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Packed<?> that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Packed[" + bytes.length + " bytes]";
  }
}
