package id.kutip.common;

import id.kutip.schema.DeadLetter;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What every stage returns: its main output and its failures as dead letters, in the style of Beam's
 * {@code WriteResult}. The pipeline flattens the failures of all stages into the one dead-letter sink.
 */
public final class StageResult<T> implements POutput {
  private final Pipeline pipeline;
  private final TupleTag<T> outputTag;
  private final PCollection<T> output;
  private final TupleTag<DeadLetter> failuresTag;
  private final PCollection<DeadLetter> failures;

  private StageResult(
      Pipeline pipeline,
      TupleTag<T> outputTag,
      PCollection<T> output,
      TupleTag<DeadLetter> failuresTag,
      PCollection<DeadLetter> failures) {
    this.pipeline = pipeline;
    this.outputTag = outputTag;
    this.output = output;
    this.failuresTag = failuresTag;
    this.failures = failures;
  }

  /** Splits the tuple of a multi-output ParDo into its main output and its failures. */
  public static <T> StageResult<T> of(
      PCollectionTuple tuple, TupleTag<T> outputTag, TupleTag<DeadLetter> failuresTag) {
    return new StageResult<>(
        tuple.getPipeline(), outputTag, tuple.get(outputTag), failuresTag, tuple.get(failuresTag));
  }

  public PCollection<T> output() {
    return output;
  }

  public PCollection<DeadLetter> failures() {
    return failures;
  }

  /** Applies the next stage to the output, for fluent wiring. */
  public <R extends POutput> R then(String name, PTransform<PCollection<T>, R> next) {
    return output.apply(name, next);
  }

  @Override
  public Pipeline getPipeline() {
    return pipeline;
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(outputTag, output, failuresTag, failures);
  }

  @Override
  public void finishSpecifyingOutput(
      String transformName, org.apache.beam.sdk.values.PInput input, PTransform<?, ?> transform) {}
}
