package id.kutip.common;

import id.kutip.schema.DeadLetter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The coder of a record that holds either a value or a dead letter ({@link DocumentOutcome}, {@link Tally}): a byte
 * that says which, then the value's own coder or the dead letter's.
 *
 * @param <T> the record
 * @param <V> the value it holds when it holds no dead letter
 */
abstract class OrDeadLetterCoder<T, V> extends CustomCoder<T> {
  private static final Coder<DeadLetter> DEAD_LETTER = KutipCoders.deadLetter();

  private final String name;
  private final Coder<V> valueCoder;

  OrDeadLetterCoder(String name, Coder<V> valueCoder) {
    this.name = name;
    this.valueCoder = valueCoder;
  }

  /** Whether the record holds a value rather than a dead letter. */
  abstract boolean holdsValue(T record);

  abstract V value(T record);

  abstract DeadLetter deadLetter(T record);

  abstract T ofValue(V value);

  abstract T ofDeadLetter(DeadLetter deadLetter);

  /** Writes the value of a record that holds one: its coder's bytes of {@link #value}, unless a record has them. */
  void encodeValue(T record, OutputStream out) throws IOException {
    valueCoder.encode(value(record), out);
  }

  /** Reads the record of a value {@link #encodeValue} wrote. */
  T decodeValue(InputStream in) throws IOException {
    return ofValue(valueCoder.decode(in));
  }

  @Override
  public final void encode(T record, OutputStream out) throws IOException {
    if (holdsValue(record)) {
      out.write(0);
      encodeValue(record, out);
    } else {
      out.write(1);
      DEAD_LETTER.encode(deadLetter(record), out);
    }
  }

  @Override
  public final T decode(InputStream in) throws IOException {
    int kind = in.read();
    return switch (kind) {
      case 0 -> decodeValue(in);
      case 1 -> ofDeadLetter(DEAD_LETTER.decode(in));
      default -> throw new CoderException("not a " + name + ": kind byte " + kind);
    };
  }

  @Override
  public final void verifyDeterministic() throws NonDeterministicException {
    valueCoder.verifyDeterministic();
    DEAD_LETTER.verifyDeterministic();
  }
}
