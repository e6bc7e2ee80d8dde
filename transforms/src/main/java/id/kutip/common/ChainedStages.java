package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Several per-document stages in one step: each document goes through the stages in order, and a stage that fails
 * on it makes it a dead letter of that stage, exactly as if the stages ran one after the other. Each stage keeps its
 * own counters (their namespace is the stage).
 *
 * <p>Why: on Flink's batch translation, a step with two outputs (documents and dead letters) writes every document
 * into a stream that each output's reader, a task of its own, decodes whole. Two stages in one step save one such
 * boundary: measured, a few seconds a run rather than a cost per document (docs/PERFORMANCE.md, eighth pass).
 */
public final class ChainedStages extends PTransform<PCollection<Document>, StageResult<Document>> {
  private static final TupleTag<Document> OUTPUT = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final List<DocumentStage> stages;

  private ChainedStages(List<DocumentStage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static ChainedStages of(DocumentStage... stages) {
    return new ChainedStages(List.of(stages));
  }

  @Override
  public StageResult<Document> expand(PCollection<Document> input) {
    PCollectionTuple out = input.apply("Run",
        ParDo.of(new ChainFn(fns())).withOutputTags(OUTPUT, TupleTagList.of(FAILURES)));
    out.get(OUTPUT).setCoder(KutipCoders.document());
    out.get(FAILURES).setCoder(KutipCoders.deadLetter());
    return StageResult.of(out, OUTPUT, FAILURES);
  }

  /**
   * The same stages with one output: each document's {@link DocumentOutcome}, the document or the dead letter of the
   * stage that failed on it. The job reads it so that nothing branches off between these stages and the quote stage.
   */
  public PTransform<PCollection<Document>, PCollection<DocumentOutcome>> inOneStream() {
    return new PTransform<>() {
      @Override
      public PCollection<DocumentOutcome> expand(PCollection<Document> input) {
        return input.apply("Run", ParDo.of(new OneStreamFn(fns()))).setCoder(DocumentOutcome.coder());
      }
    };
  }

  private List<DocumentFn> fns() {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("ChainedStages needs at least one stage");
    }
    List<DocumentFn> fns = new ArrayList<>();
    for (DocumentStage stage : stages) {
      fns.add(stage.fn());
    }
    return fns;
  }

  /** The document after every stage, or null when one failed (its dead letter then given to {@code failures}). */
  private static Document runStages(List<DocumentFn> stages, Document input, Consumer<DeadLetter> failures) {
    Document document = input;
    for (DocumentFn stage : stages) {
      document = stage.applyOrFail(document, failures);
      if (document == null) {
        return null;
      }
    }
    return document;
  }

  private static void setUp(List<DocumentFn> stages) {
    for (DocumentFn stage : stages) {
      stage.setUp();
    }
  }

  /** The stages' DoFns run in turn on each document, within one DoFn. */
  static final class ChainFn extends DoFn<Document, Document> {
    private final List<DocumentFn> stages;

    ChainFn(List<DocumentFn> stages) {
      this.stages = stages;
    }

    @Setup
    public void setup() {
      setUp(stages);
    }

    @ProcessElement
    public void process(@Element Document input, MultiOutputReceiver out) {
      Document document = runStages(stages, input, out.get(FAILURES)::output);
      if (document != null) {
        out.get(OUTPUT).output(document);
      }
    }
  }

  /** As {@link ChainFn}, the documents and the dead letters in one output. */
  static final class OneStreamFn extends DoFn<Document, DocumentOutcome> {
    private final List<DocumentFn> stages;

    OneStreamFn(List<DocumentFn> stages) {
      this.stages = stages;
    }

    @Setup
    public void setup() {
      setUp(stages);
    }

    @ProcessElement
    public void process(@Element Document input, OutputReceiver<DocumentOutcome> out) {
      Document document = runStages(stages, input, deadLetter -> out.output(DocumentOutcome.failed(deadLetter)));
      if (document != null) {
        out.output(DocumentOutcome.of(document));
      }
    }
  }
}
