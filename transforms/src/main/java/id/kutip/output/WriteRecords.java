package id.kutip.output;

import id.kutip.common.DocumentOutcome;
import id.kutip.common.FastDatumFactory;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.InputFile;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.extensions.avro.io.AvroSink;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunctions;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes records as Avro container files under a folder of the output directory: {@code documents/},
 * {@code quotes/}, {@code dead-letter/}. File names are fixed by the writer ({@code part-SSSSS-of-NNNNN.avro});
 * no record value ever becomes a path. Records are written with their classes' generated encoders where they have
 * them ({@link FastDatumFactory}): the same bytes as Avro's generic writer. Documents come as the annotated stream's
 * {@link DocumentOutcome}s, whose Avro bytes are written as they are ({@link KeptDocumentBytes}).
 *
 * @param <T> what the collection holds: the record itself, or an outcome that holds a document's bytes
 */
public final class WriteRecords<T> extends PTransform<PCollection<T>, PDone> {
  public static final String DOCUMENTS = "documents";
  public static final String QUOTES = "quotes";
  public static final String DEAD_LETTER = "dead-letter";
  /** Per input file accounts, read into the run's manifest at the end; hidden from readers by its {@code _}. */
  public static final String FILE_ACCOUNTS = "_file-accounts";
  /**
   * Deflate's level for the files' blocks. Every Avro reader reads deflate at any level; lower levels trade bytes for
   * CPU. Level 3 writes documents at about twice the speed of zlib's default, 6, and level 1 at 2.3 times
   * ({@code CoreBenchmarks.writeDeflate*}). A run is CPU-bound on its cores, so that is time: at 100,000 synthetic
   * documents on Flink p1, level 3 took 0.92 of level 6's time and CPU, for documents 6.1% and quotes 5.3% larger;
   * level 1 took no less time than 3, for documents 12.9% larger (docs/PERFORMANCE.md, eighteenth pass).
   */
  public static final int DEFAULT_DEFLATE_LEVEL = 3;

  /** The collection's elements. */
  private final Class<T> type;
  /** The record the files hold, whose schema they are written with. */
  private final Class<? extends SpecificRecord> record;
  private final AvroSink.DatumWriterFactory<T> writers;
  private final String outputDir;
  private final String folder;
  private final AvroCodec codec;
  private final int deflateLevel;

  private WriteRecords(Class<T> type, Class<? extends SpecificRecord> record, AvroSink.DatumWriterFactory<T> writers,
      String outputDir, String folder, AvroCodec codec, int deflateLevel) {
    this.type = type;
    this.record = record;
    this.writers = writers;
    this.outputDir = outputDir;
    this.folder = folder;
    this.codec = codec;
    this.deflateLevel = deflateLevel;
  }

  public static WriteRecords<Document> documents(String outputDir) {
    return of(Document.class, outputDir, DOCUMENTS);
  }

  /**
   * The documents of an annotated stream ({@link DocumentOutcome}s that hold one: see {@link DocumentOutcome#documents
   * documents}), written from their Avro bytes: the same files as {@link #documents}, without decoding each document
   * and encoding it again.
   */
  public static WriteRecords<DocumentOutcome> documentOutcomes(String outputDir) {
    return new WriteRecords<>(DocumentOutcome.class, Document.class, new KeptDocumentBytes(), outputDir, DOCUMENTS,
        AvroCodec.DEFLATE, DEFAULT_DEFLATE_LEVEL);
  }

  public static WriteRecords<Quote> quotes(String outputDir) {
    return of(Quote.class, outputDir, QUOTES);
  }

  public static WriteRecords<DeadLetter> deadLetters(String outputDir) {
    return of(DeadLetter.class, outputDir, DEAD_LETTER);
  }

  public static WriteRecords<InputFile> fileAccounts(String outputDir) {
    return of(InputFile.class, outputDir, FILE_ACCOUNTS);
  }

  private static <R extends SpecificRecord> WriteRecords<R> of(Class<R> type, String outputDir, String folder) {
    return new WriteRecords<>(type, type, new FastDatumFactory<>(type), outputDir, folder, AvroCodec.DEFLATE,
        DEFAULT_DEFLATE_LEVEL);
  }

  /** Whether deflate has this level: 1 to 9 (0 would store the blocks uncompressed, which is not what it is for). */
  public static boolean isDeflateLevel(int level) {
    return level >= 1 && level <= 9;
  }

  /** Deflate's level, 1 (fastest) to 9 (smallest files); {@value #DEFAULT_DEFLATE_LEVEL} unless set. */
  public WriteRecords<T> withDeflateLevel(int level) {
    return new WriteRecords<>(type, record, writers, outputDir, folder, codec, level);
  }

  /** The files' block codec; {@link AvroCodec#DEFLATE} unless set. */
  public WriteRecords<T> withCodec(AvroCodec codec) {
    return new WriteRecords<>(type, record, writers, outputDir, folder, codec, deflateLevel);
  }

  /** The folder's resource id under the output directory (works for local paths and for gs://, s3://, ...). */
  public static ResourceId folder(String outputDir, String folder) {
    return FileSystems.matchNewResource(outputDir, true)
        .resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  @Override
  public PDone expand(PCollection<T> input) {
    if (outputDir == null || outputDir.isBlank()) {
      throw new IllegalArgumentException("WriteRecords needs an output directory");
    }
    if (codec == null) {
      throw new IllegalArgumentException("WriteRecords needs a codec");
    }
    if (!isDeflateLevel(deflateLevel)) {
      throw new IllegalArgumentException("WriteRecords: deflate's level is 1 to 9, not " + deflateLevel);
    }
    ResourceId prefix = folder(outputDir, folder).resolve("part", StandardResolveOptions.RESOLVE_FILE);
    input.apply(
        "Write" + record.getSimpleName(),
        AvroIO.<T, T>writeCustomType(type)
            .to(prefix.toString())
            .withFormatFunction(SerializableFunctions.identity())
            .withSchema(SpecificData.get().getSchema(record))
            .withSuffix(".avro")
            .withDatumWriterFactory(writers)
            .withCodec(codec.factory(deflateLevel)));
    return PDone.in(input.getPipeline());
  }
}
