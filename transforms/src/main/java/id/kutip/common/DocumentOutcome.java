package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * What became of one document in the per-document stages after FindDuplicates: the document as annotated, or the
 * dead letter of the stage that failed on it. Documents and their failures travel in one stream so that the stages
 * have no branch that rejoins before the quote stage: in Flink's default batch execution mode such a branch point is
 * a blocking exchange, and the stages after it could not run side by side (docs/PERFORMANCE.md, eighth pass). The job
 * pipelines every exchange on Flink (RunnerDefaults); the shape still holds for a run in the default mode.
 *
 * <p>An outcome keeps its document's Avro bytes once they are made or read ({@link #documentBytes}), and a document
 * read as bytes is decoded when first asked for. The stream has two readers, the quote stage and the document
 * writer: the document is encoded once for both, and the writer writes the bytes as they came, never decoding
 * them (docs/PERFORMANCE.md, nineteenth pass).
 */
public final class DocumentOutcome {
  private static final AvroRecordCoder<Document> DOCUMENT = AvroRecordCoder.of(Document.class);

  private final DeadLetter deadLetter;
  /** Volatile, as a runner may encode or read an outcome on any thread; each is made at most once per thread. */
  private volatile Document document;
  private volatile byte[] documentBytes;

  private DocumentOutcome(Document document, byte[] documentBytes, DeadLetter deadLetter) {
    this.document = document;
    this.documentBytes = documentBytes;
    this.deadLetter = deadLetter;
  }

  public static DocumentOutcome of(Document document) {
    return new DocumentOutcome(Objects.requireNonNull(document), null, null);
  }

  /** The outcome of a document read as its Avro bytes ({@link #documentBytes}), decoded when first asked for. */
  static DocumentOutcome ofBytes(byte[] documentBytes) {
    return new DocumentOutcome(null, Objects.requireNonNull(documentBytes), null);
  }

  public static DocumentOutcome failed(DeadLetter deadLetter) {
    return new DocumentOutcome(null, null, Objects.requireNonNull(deadLetter));
  }

  public boolean isDocument() {
    return deadLetter == null;
  }

  /** The document; null for a dead letter. */
  public Document document() {
    if (deadLetter != null) {
      return null;
    }
    Document held = document;
    if (held == null) {
      try {
        held = DOCUMENT.fromBytes(documentBytes);
      } catch (IOException | RuntimeException e) {
        // The coder read the bytes whole, as another thread's coder had written them: a failure here is a broken coder
        // or a corrupt exchange, never a bad input, and fails the step.
        throw new IllegalStateException("cannot decode a document's kept bytes", e);
      }
      document = held;
    }
    return held;
  }

  /**
   * The document's Avro binary encoding under its schema (without a length before it), made on first use: what an
   * Avro container file holds for the record. Callers must not change the array. Only for a document.
   */
  public byte[] documentBytes() {
    if (deadLetter != null) {
      throw new IllegalStateException("a dead letter has no document bytes");
    }
    byte[] held = documentBytes;
    if (held == null) {
      try {
        held = DOCUMENT.toBytes(document);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot encode document " + document.getDocId(), e);
      }
      documentBytes = held;
    }
    return held;
  }

  /** The dead letter; null for a document. */
  public DeadLetter deadLetter() {
    return deadLetter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentOutcome that
        && Objects.equals(deadLetter, that.deadLetter)
        && (deadLetter != null || Arrays.equals(documentBytes(), that.documentBytes()));
  }

  @Override
  public int hashCode() {
    return deadLetter != null ? deadLetter.hashCode() : Arrays.hashCode(documentBytes());
  }

  @Override
  public String toString() {
    return isDocument() ? "DocumentOutcome[document=" + document() + "]" : "DocumentOutcome[deadLetter=" + deadLetter + "]";
  }

  public static Coder<DocumentOutcome> coder() {
    return OutcomeCoder.INSTANCE;
  }

  /**
   * The outcomes that hold a document, in a step of one output: each keeps its bytes, and is not decoded here (see
   * {@code WriteRecords.documentOutcomes}).
   */
  public static PTransform<PCollection<DocumentOutcome>, PCollection<DocumentOutcome>> documents() {
    return new PTransform<>() {
      @Override
      public PCollection<DocumentOutcome> expand(PCollection<DocumentOutcome> input) {
        return input.apply("Documents", ParDo.of(new DocumentsFn())).setCoder(coder());
      }
    };
  }

  static final class DocumentsFn extends DoFn<DocumentOutcome, DocumentOutcome> {
    @ProcessElement
    public void process(@Element DocumentOutcome outcome, OutputReceiver<DocumentOutcome> out) {
      if (outcome.isDocument()) {
        out.output(outcome);
      }
    }
  }

  /** A byte that says which, then the document's or the dead letter's own coder. */
  static final class OutcomeCoder extends OrDeadLetterCoder<DocumentOutcome, Document> {
    static final OutcomeCoder INSTANCE = new OutcomeCoder();

    private OutcomeCoder() {
      super("DocumentOutcome", KutipCoders.document());
    }

    @Override
    boolean holdsValue(DocumentOutcome outcome) {
      return outcome.isDocument();
    }

    @Override
    Document value(DocumentOutcome outcome) {
      return outcome.document();
    }

    @Override
    DeadLetter deadLetter(DocumentOutcome outcome) {
      return outcome.deadLetter();
    }

    @Override
    DocumentOutcome ofValue(Document document) {
      return of(document);
    }

    @Override
    DocumentOutcome ofDeadLetter(DeadLetter deadLetter) {
      return failed(deadLetter);
    }

    /** The document's kept bytes behind their length: the bytes {@link AvroRecordCoder} writes for it. */
    @Override
    void encodeValue(DocumentOutcome outcome, OutputStream out) throws IOException {
      RecordBytes.writeBytes(outcome.documentBytes(), out);
    }

    /** The bytes kept, the document decoded only when asked for. */
    @Override
    DocumentOutcome decodeValue(InputStream in) throws IOException {
      return ofBytes(RecordBytes.readBytes(in, "a Document"));
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
