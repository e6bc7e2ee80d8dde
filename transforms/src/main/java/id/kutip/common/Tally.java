package id.kutip.common;

import id.kutip.schema.DeadLetter;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * What the run's file accounts and its dead-letter sink need from the end of the per-document stages: a document
 * written (its source URI), or a dead letter. The quote stage hands both on in this one output beside its quotes.
 * In Flink's default batch execution mode, a step whose outputs meet again downstream (here, the written documents
 * and the dead letters in the accounts) holds all of them until it has finished, its quotes too; with one output for
 * the two, only that output waits, and the quotes go on to statement clustering while the stage still runs
 * (docs/PERFORMANCE.md, ninth pass). The job pipelines every exchange on Flink (RunnerDefaults), where this wait does
 * not arise.
 */
public record Tally(String writtenSourceUri, DeadLetter deadLetter) {
  public Tally {
    if ((writtenSourceUri == null) == (deadLetter == null)) {
      throw new IllegalArgumentException("a tally is a written document or a dead letter, not both or neither");
    }
  }

  public static Tally written(String sourceUri) {
    return new Tally(Objects.requireNonNull(sourceUri), null);
  }

  public static Tally of(DeadLetter deadLetter) {
    return new Tally(null, Objects.requireNonNull(deadLetter));
  }

  public boolean isWritten() {
    return writtenSourceUri != null;
  }

  public static Coder<Tally> coder() {
    return TallyCoder.INSTANCE;
  }

  /** The source URIs of the documents written, one per document. */
  public static PTransform<PCollection<Tally>, PCollection<String>> writtenSourceUris() {
    return new PTransform<>() {
      @Override
      public PCollection<String> expand(PCollection<Tally> input) {
        return input.apply("Written", ParDo.of(new WrittenFn())).setCoder(StringUtf8Coder.of());
      }
    };
  }

  /** The dead letters of {@code stage} ({@code ofStage}), or of every other stage (not {@code ofStage}). */
  public static PTransform<PCollection<Tally>, PCollection<DeadLetter>> deadLetters(String stage, boolean ofStage) {
    Objects.requireNonNull(stage);
    return new PTransform<>() {
      @Override
      public PCollection<DeadLetter> expand(PCollection<Tally> input) {
        return input.apply("DeadLetters", ParDo.of(new DeadLettersFn(stage, ofStage)))
            .setCoder(KutipCoders.deadLetter());
      }
    };
  }

  static final class WrittenFn extends DoFn<Tally, String> {
    @ProcessElement
    public void process(@Element Tally tally, OutputReceiver<String> out) {
      if (tally.isWritten()) {
        out.output(tally.writtenSourceUri());
      }
    }
  }

  static final class DeadLettersFn extends DoFn<Tally, DeadLetter> {
    private final String stage;
    private final boolean ofStage;

    DeadLettersFn(String stage, boolean ofStage) {
      this.stage = stage;
      this.ofStage = ofStage;
    }

    @ProcessElement
    public void process(@Element Tally tally, OutputReceiver<DeadLetter> out) {
      if (!tally.isWritten() && stage.equals(tally.deadLetter().getStage()) == ofStage) {
        out.output(tally.deadLetter());
      }
    }
  }

  /** A byte that says which, then the source URI or the dead letter's own coder. */
  static final class TallyCoder extends OrDeadLetterCoder<Tally, String> {
    static final TallyCoder INSTANCE = new TallyCoder();

    private TallyCoder() {
      super("Tally", StringUtf8Coder.of());
    }

    @Override
    boolean holdsValue(Tally tally) {
      return tally.isWritten();
    }

    @Override
    String value(Tally tally) {
      return tally.writtenSourceUri();
    }

    @Override
    DeadLetter deadLetter(Tally tally) {
      return tally.deadLetter();
    }

    @Override
    Tally ofValue(String sourceUri) {
      return written(sourceUri);
    }

    @Override
    Tally ofDeadLetter(DeadLetter deadLetter) {
      return of(deadLetter);
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
