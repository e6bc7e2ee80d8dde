package id.kutip.common;

import org.apache.avro.Conversion;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.extensions.avro.io.AvroDatumFactory;

/**
 * Avro's specific readers and writers for a generated class, the readers with Avro's fast reader on (off by default
 * in Avro 1.12): it plans a record's decoding once per schema pair instead of resolving each field as it reads.
 * Decoding a tagged document takes about half the time. Every record crosses several steps, and each reader of a
 * step's outputs decodes it again. The conversions of the class's own model (times as {@code Instant}) are kept.
 */
final class FastReaderDatumFactory<T> extends AvroDatumFactory.SpecificDatumFactory<T> {
  private static final long serialVersionUID = 1L;
  private transient SpecificData model;

  FastReaderDatumFactory(Class<T> type) {
    super(type);
  }

  @Override
  public DatumReader<T> apply(Schema writer, Schema reader) {
    return new SpecificDatumReader<>(writer, reader, model());
  }

  private synchronized SpecificData model() {
    if (model == null) {
      SpecificData fast = new SpecificData(type.getClassLoader());
      for (Conversion<?> conversion : SpecificData.getForClass(type).getConversions()) {
        fast.addLogicalTypeConversion(conversion);
      }
      fast.setFastReaderEnabled(true);
      model = fast;
    }
    return model;
  }
}
