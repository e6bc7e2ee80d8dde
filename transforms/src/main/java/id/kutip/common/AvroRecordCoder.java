package id.kutip.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A generated Avro record between steps, as its length and then its Avro binary encoding: the record is encoded into
 * an array and written in one call, and read back whole and decoded from the array.
 *
 * <p>Why not Beam's {@link AvroCoder}: it reads and writes the runner's stream a byte at a time (Avro's direct encoder
 * and decoder: every int and every string's length), and a runner's stream pays a call chain per byte (on Flink,
 * Beam's wrapper over a view of memory segments, with its bounds checks). The length lets the decoder take the
 * record's bytes in one read without reading past them. Readers and writers are {@link FastDatumFactory}'s.
 * Determinism is Avro's, as {@link AvroCoder} judges it for the class.
 */
public final class AvroRecordCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;
  private final Class<T> type;
  private transient Schema schema;
  private transient FastDatumFactory<T> datums;
  private transient ThreadLocal<Buffers<T>> buffers;

  private AvroRecordCoder(Class<T> type) {
    this.type = type;
  }

  /** The coder of a generated record class. */
  public static <T> AvroRecordCoder<T> of(Class<T> type) {
    return new AvroRecordCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    RecordBytes.Output encoded = encoded(value);
    RecordBytes.writeFramed(encoded, out);
    encoded.shrink();
  }

  @Override
  public T decode(InputStream in) throws IOException {
    int length = RecordBytes.readLength(in, "a " + type.getSimpleName());
    Buffers<T> own = buffers();
    return decoded(own, own.input.read(in, length, "a " + type.getSimpleName()), length);
  }

  /**
   * The record's Avro binary encoding alone, without the length this coder writes before it, in an array of its own:
   * what a record keeps to be written again unchanged ({@link DocumentOutcome}).
   */
  public byte[] toBytes(T value) throws IOException {
    RecordBytes.Output encoded = encoded(value);
    byte[] bytes = encoded.copy();
    encoded.shrink();
    return bytes;
  }

  /** The record of {@link #toBytes}' bytes; bytes left over, or too few, are an error. */
  public T fromBytes(byte[] bytes) throws IOException {
    return decoded(buffers(), bytes, bytes.length);
  }

  /** The record encoded into this thread's array, which the caller shrinks once it has taken the bytes. */
  private RecordBytes.Output encoded(T value) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    Buffers<T> own = buffers();
    own.output.reset();
    own.encoder = EncoderFactory.get().directBinaryEncoder(own.output, own.encoder);
    own.writer.write(value, own.encoder);
    return own.output;
  }

  /** The record of the first {@code length} bytes of {@code bytes}, which must be exactly one record. */
  private T decoded(Buffers<T> own, byte[] bytes, int length) throws IOException {
    own.decoder = DecoderFactory.get().binaryDecoder(bytes, 0, length, own.decoder);
    T value = own.reader.read(null, own.decoder);
    if (!own.decoder.isEnd()) {
      throw new CoderException("a " + type.getSimpleName() + " ended before its " + length + " bytes");
    }
    return value;
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    AvroCoder.specific(type).verifyDeterministic();
  }

  @Override
  public TypeDescriptor<T> getEncodedTypeDescriptor() {
    return TypeDescriptor.of(type);
  }

  /** The record's schema, as the generated class has it. */
  public Schema getSchema() {
    return schema();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AvroRecordCoder<?> that && that.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "AvroRecordCoder(" + type.getName() + ")";
  }

  private synchronized Schema schema() {
    if (schema == null) {
      schema = SpecificData.get().getSchema(type);
    }
    return schema;
  }

  /**
   * This thread's buffers: a runner calls a coder from several threads (Flink's tasks), and Avro's writer and reader
   * call no coder, so one thread never needs two at once.
   */
  private Buffers<T> buffers() {
    ThreadLocal<Buffers<T>> local;
    synchronized (this) {
      if (buffers == null) {
        datums = new FastDatumFactory<>(type);
        buffers = new ThreadLocal<>();
      }
      local = buffers;
    }
    Buffers<T> own = local.get();
    if (own == null) {
      own = new Buffers<>(datums.apply(schema()), datums.apply(schema(), schema()));
      local.set(own);
    }
    return own;
  }

  /** One thread's writer, reader, Avro's reusable encoder and decoder, and the arrays they work in. */
  private static final class Buffers<T> {
    final DatumWriter<T> writer;
    final DatumReader<T> reader;
    final RecordBytes.Output output = new RecordBytes.Output();
    final RecordBytes.Input input = new RecordBytes.Input();
    BinaryEncoder encoder;
    BinaryDecoder decoder;

    Buffers(DatumWriter<T> writer, DatumReader<T> reader) {
      this.writer = writer;
      this.reader = reader;
    }
  }
}
