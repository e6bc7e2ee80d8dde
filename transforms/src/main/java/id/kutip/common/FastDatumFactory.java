package id.kutip.common;

import org.apache.avro.Conversion;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.extensions.avro.io.AvroDatumFactory;

/**
 * Avro's specific readers and writers for a generated class, each with the fastest path Avro 1.12 has and leaves off
 * by default. Every record crosses several steps and is written to a file once, and each reader of a step's outputs
 * decodes it again.
 *
 * <ul>
 *   <li>Readers use Avro's fast reader: it plans a record's decoding once per schema pair instead of resolving each
 *       field as it reads. Decoding a tagged document takes about half the time.
 *   <li>Writers use the encoders generated into each class ({@code customEncode}) for the records that have one:
 *       straight-line code per field instead of the generic writer's walk over the schema. They write the same bytes
 *       (KutipCodersTest). Avro generates none for a record with a logical type (a document's and a quote's
 *       {@code published_at}), so those are walked, and their sentences, entities and speakers are not.
 * </ul>
 *
 * The conversions of the class's own model (times as {@code Instant}) are kept in both.
 */
public final class FastDatumFactory<T> extends AvroDatumFactory.SpecificDatumFactory<T> {
  private static final long serialVersionUID = 1L;
  private transient Models models;

  public FastDatumFactory(Class<T> type) {
    super(type);
  }

  @Override
  public DatumReader<T> apply(Schema writer, Schema reader) {
    return new SpecificDatumReader<>(writer, reader, models().read());
  }

  @Override
  public DatumWriter<T> apply(Schema writer) {
    return new SpecificDatumWriter<>(writer, models().write());
  }

  /** The readers' model (fast reader on) and the writers' (generated encoders on). */
  private record Models(SpecificData read, SpecificData write) {}

  private synchronized Models models() {
    if (models == null) {
      SpecificData read = withConversions();
      read.setFastReaderEnabled(true);
      SpecificData write = withConversions();
      write.setCustomCoders(true);
      models = new Models(read, write);
    }
    return models;
  }

  private SpecificData withConversions() {
    SpecificData model = new SpecificData(type.getClassLoader());
    for (Conversion<?> conversion : SpecificData.getForClass(type).getConversions()) {
      model.addLogicalTypeConversion(conversion);
    }
    return model;
  }
}
