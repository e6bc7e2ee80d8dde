package id.kutip.ingest;

import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.RawDocument;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Reads dump files matching file patterns on any Beam filesystem into {@link RawDocument}s. Compression is
 * detected from the extension (gz, bz2, zip, zstd, deflate). {@code .jsonl}, {@code .ndjson} and {@code .json}
 * files hold one document per line; {@code .warc} files one per HTML response record; any other file (text,
 * {@code .html}, {@code .htm}) is one document.
 *
 * <pre>{@code
 * StageResult<RawDocument> raw = p.apply("ReadDumps", ReadDumps.from(List.of("gs://bucket/dumps/*.jsonl.gz")));
 * }</pre>
 */
public final class ReadDumps extends PTransform<PBegin, StageResult<RawDocument>> {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L << 20;
  public static final long DEFAULT_MAX_FILE_BYTES = 4L << 30;

  /** Buckets documents are spread over: enough for a cluster's parallelism, few enough for large bundles. */
  static final int SPREAD_BUCKETS = 8;

  private static final TupleTag<RawDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final List<String> patterns;
  private final long maxDocumentBytes;
  private final long maxFileBytes;
  private final JsonFields jsonFields;
  private final boolean spread;

  private ReadDumps(
      List<String> patterns, long maxDocumentBytes, long maxFileBytes, JsonFields jsonFields, boolean spread) {
    this.patterns = List.copyOf(patterns);
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxFileBytes = maxFileBytes;
    this.jsonFields = jsonFields;
    this.spread = spread;
  }

  public static ReadDumps from(List<String> patterns) {
    return new ReadDumps(patterns, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_FILE_BYTES, JsonFields.DEFAULT, true);
  }

  /** Documents (files, or JSON lines) larger than this become dead letters instead of records. */
  public ReadDumps withMaxDocumentBytes(long bytes) {
    return new ReadDumps(patterns, bytes, maxFileBytes, jsonFields, spread);
  }

  /** A file that decompresses past this many bytes is read no further; the rest is a dead letter. */
  public ReadDumps withMaxFileBytes(long bytes) {
    return new ReadDumps(patterns, maxDocumentBytes, bytes, jsonFields, spread);
  }

  /** The JSON Lines field names to read. */
  public ReadDumps withJsonFields(JsonFields fields) {
    return new ReadDumps(patterns, maxDocumentBytes, maxFileBytes, Objects.requireNonNull(fields), spread);
  }

  /**
   * Whether the documents of a file are spread over the workers before the stages after reading (yes unless set).
   * Spreading them is a grouping, which on Flink's batch translation is a sort: nothing after it starts before the
   * last file is read, and every document is written out and read back once more. A run with one worker has nothing
   * to spread them over. The records are the same either way.
   */
  public ReadDumps withSpread(boolean spread) {
    return new ReadDumps(patterns, maxDocumentBytes, maxFileBytes, jsonFields, spread);
  }

  @Override
  public StageResult<RawDocument> expand(PBegin input) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("ReadDumps needs at least one file pattern");
    }
    if (maxDocumentBytes <= 0 || maxFileBytes <= 0) {
      throw new IllegalArgumentException("ReadDumps limits must be positive");
    }
    PCollectionTuple read =
        input
            .apply("ListPatterns", Create.of(patterns))
            .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            // Patterns may overlap (`dumps/*.jsonl.gz,dumps/2024-05-01*.jsonl.gz`): a file that two of them match is
            // read once, or its documents would be written twice, as two records with the same source URI.
            .apply("ReadEachFileOnce", Distinct.withRepresentativeValueFn(
                    (MatchResult.Metadata file) -> file.resourceId().toString())
                .withRepresentativeType(TypeDescriptors.strings()))
            .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
            .apply(
                "ParseDumps",
                ParDo.of(new ReadDumpFn(maxDocumentBytes, maxFileBytes, jsonFields))
                    .withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES)));
    read.get(DOCUMENTS).setCoder(KutipCoders.rawDocument());
    read.get(FAILURES).setCoder(KutipCoders.deadLetter());
    if (!spread) {
      return StageResult.of(read, DOCUMENTS, FAILURES);
    }
    // One file can hold many documents: spread them over the workers before the costly stages. A bounded number
    // of buckets keeps bundles large: one bundle per document makes the DirectRunner re-translate the pipeline
    // for every document (measured: 2.5 min instead of seconds for 416 documents).
    PCollectionTuple spreadOut =
        PCollectionTuple.of(
                DOCUMENTS,
                read.get(DOCUMENTS).apply("SpreadDocuments", Reshuffle.<RawDocument>viaRandomKey().withNumBuckets(SPREAD_BUCKETS)))
            .and(FAILURES, read.get(FAILURES));
    return StageResult.of(spreadOut, DOCUMENTS, FAILURES);
  }

  static final class ReadDumpFn extends DoFn<FileIO.ReadableFile, RawDocument> {
    private final long maxDocumentBytes;
    private final long maxFileBytes;
    private final JsonFields jsonFields;
    private final Counter files = Metrics.counter(Stages.READ, "files");
    private final Counter documents = Metrics.counter(Stages.READ, "documents");
    private final Counter failures = Metrics.counter(Stages.READ, "deadLetters");
    /** WARC records that are not HTML pages (requests, metadata, images): not documents, so not dead letters. */
    private final Counter skippedRecords = Metrics.counter(Stages.READ, "recordsSkipped");
    private transient DumpReader reader;

    ReadDumpFn(long maxDocumentBytes, long maxFileBytes, JsonFields jsonFields) {
      this.maxDocumentBytes = maxDocumentBytes;
      this.maxFileBytes = maxFileBytes;
      this.jsonFields = jsonFields;
    }

    @Setup
    public void setup() {
      reader = new DumpReader(maxDocumentBytes, maxFileBytes, jsonFields);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String uri = file.getMetadata().resourceId().toString();
      files.inc();
      DumpReader.Sink sink =
          new DumpReader.Sink() {
            @Override
            public void document(RawDocument document) {
              documents.inc();
              out.get(DOCUMENTS).output(document);
            }

            @Override
            public void failure(DeadLetter deadLetter) {
              failures.inc();
              out.get(FAILURES).output(deadLetter);
            }

            @Override
            public void skipped() {
              skippedRecords.inc();
            }
          };
      try (InputStream in = Channels.newInputStream(file.open())) {
        reader.read(uri, in, sink);
      } catch (Exception e) {
        // Opening failed (unreadable file, bad compression header): the file is a dead letter, the run goes on.
        sink.failure(
            id.kutip.common.DeadLetters.build(
                Stages.READ, uri, null, DumpReader.READ_ERROR,
                "Could not open the file: " + e.getClass().getName() + ": " + e.getMessage(), null, null));
      }
    }
  }
}
