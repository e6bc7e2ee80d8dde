package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
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
 */
public record DocumentOutcome(Document document, DeadLetter deadLetter) {
  public DocumentOutcome {
    if ((document == null) == (deadLetter == null)) {
      throw new IllegalArgumentException("an outcome is a document or a dead letter, not both or neither");
    }
  }

  public static DocumentOutcome of(Document document) {
    return new DocumentOutcome(Objects.requireNonNull(document), null);
  }

  public static DocumentOutcome failed(DeadLetter deadLetter) {
    return new DocumentOutcome(null, Objects.requireNonNull(deadLetter));
  }

  public boolean isDocument() {
    return document != null;
  }

  public static Coder<DocumentOutcome> coder() {
    return OutcomeCoder.INSTANCE;
  }

  /** The documents of a stream of outcomes, in a step of one output. */
  public static PTransform<PCollection<DocumentOutcome>, PCollection<Document>> documents() {
    return new PTransform<>() {
      @Override
      public PCollection<Document> expand(PCollection<DocumentOutcome> input) {
        return input.apply("Documents", ParDo.of(new DocumentsFn())).setCoder(KutipCoders.document());
      }
    };
  }

  static final class DocumentsFn extends DoFn<DocumentOutcome, Document> {
    @ProcessElement
    public void process(@Element DocumentOutcome outcome, OutputReceiver<Document> out) {
      if (outcome.isDocument()) {
        out.output(outcome.document());
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

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
