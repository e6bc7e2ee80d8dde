package id.kutip.common;

import id.kutip.schema.DeadLetter;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.coders.Coder;

/**
 * A stage's DoFn that maps one input to one output through a plain-Java core. Whatever the core throws becomes
 * a dead letter of this stage with the input's origin; nothing is caught and dropped. Subclasses build their
 * heavy state in {@link #setUp} (called from {@code @Setup}) and implement {@link #apply}. {@link ChainedStages} runs
 * several of them in one step.
 */
public abstract class DocumentStageFn<InT, OutT> extends DoFn<InT, OutT> {
  private final String stage;
  private final TupleTag<OutT> outputTag;
  private final TupleTag<DeadLetter> failureTag;
  private final Counter succeeded;
  private final Counter failed;

  protected DocumentStageFn(String stage, TupleTag<OutT> outputTag, TupleTag<DeadLetter> failureTag) {
    this.stage = stage;
    this.outputTag = outputTag;
    this.failureTag = failureTag;
    this.succeeded = Metrics.counter(stage, "documents");
    this.failed = Metrics.counter(stage, "deadLetters");
  }

  /** The core's work on one element. */
  protected abstract OutT apply(InT input);

  /** Builds the heavy state of the core (a tagger, a CoreNLP pipeline), once per DoFn instance. */
  protected void setUp() {}

  @Setup
  public final void setupStage() {
    setUp();
  }

  /** Origin of an input, for its dead letter. */
  protected abstract String sourceUri(InT input);

  protected abstract String docId(InT input);

  protected abstract String payload(InT input);

  @ProcessElement
  public void process(@Element InT input, MultiOutputReceiver out) {
    OutT result = applyOrFail(input, out.get(failureTag)::output);
    if (result != null) {
      out.get(outputTag).output(result);
    }
  }

  /**
   * The core's output, counted; or null when the core threw, the failure then sent to {@code failures} as a dead
   * letter of this stage and counted.
   */
  final OutT applyOrFail(InT input, java.util.function.Consumer<DeadLetter> failures) {
    OutT result;
    try {
      result = apply(input);
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      failures.accept(DeadLetters.failed(stage, sourceUri(input), docId(input), e, payload(input)));
      return null;
    }
    succeeded.inc();
    return result;
  }

  /** Applies a stage's DoFn and splits its outputs. */
  public static <InT, OutT> StageResult<OutT> applyTo(
      PCollection<InT> input,
      String name,
      DocumentStageFn<InT, OutT> fn,
      TupleTag<OutT> outputTag,
      TupleTag<DeadLetter> failureTag,
      Coder<OutT> coder) {
    PCollectionTuple out =
        input.apply(name, ParDo.of(fn).withOutputTags(outputTag, TupleTagList.of(failureTag)));
    out.get(outputTag).setCoder(coder);
    out.get(failureTag).setCoder(KutipCoders.deadLetter());
    return StageResult.of(out, outputTag, failureTag);
  }
}
