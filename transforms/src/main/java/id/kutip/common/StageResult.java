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
  private final TupleTag<T> setAsideTag;
  private final PCollection<T> setAside;

  private StageResult(PCollectionTuple tuple, TupleTag<T> outputTag, TupleTag<DeadLetter> failuresTag,
      TupleTag<T> setAsideTag) {
    this.pipeline = tuple.getPipeline();
    this.outputTag = outputTag;
    this.output = tuple.get(outputTag);
    this.failuresTag = failuresTag;
    this.failures = tuple.get(failuresTag);
    this.setAsideTag = setAsideTag;
    this.setAside = setAsideTag == null ? null : tuple.get(setAsideTag);
  }

  /** Splits the tuple of a multi-output ParDo into its main output and its failures. */
  public static <T> StageResult<T> of(
      PCollectionTuple tuple, TupleTag<T> outputTag, TupleTag<DeadLetter> failuresTag) {
    return new StageResult<>(tuple, outputTag, failuresTag, null);
  }

  /** As {@link #of(PCollectionTuple, TupleTag, TupleTag)}, with the elements the stage set aside on purpose. */
  public static <T> StageResult<T> of(PCollectionTuple tuple, TupleTag<T> outputTag, TupleTag<DeadLetter> failuresTag,
      TupleTag<T> setAsideTag) {
    return new StageResult<>(tuple, outputTag, failuresTag, setAsideTag);
  }

  public PCollection<T> output() {
    return output;
  }

  public PCollection<DeadLetter> failures() {
    return failures;
  }

  /**
   * What the stage took out of the flow on purpose, neither output nor failure (the duplicates FindDuplicates drops
   * when asked to), so that the run can account for it; null for a stage that sets nothing aside.
   */
  public PCollection<T> setAside() {
    return setAside;
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
    return setAside == null
        ? Map.of(outputTag, output, failuresTag, failures)
        : Map.of(outputTag, output, failuresTag, failures, setAsideTag, setAside);
  }

  @Override
  public void finishSpecifyingOutput(
      String transformName, org.apache.beam.sdk.values.PInput input, PTransform<?, ?> transform) {}
}
