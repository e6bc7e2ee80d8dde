package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.List;
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
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("ChainedStages needs at least one stage");
    }
    List<DocumentFn> fns = new ArrayList<>();
    for (DocumentStage stage : stages) {
      fns.add(stage.fn());
    }
    PCollectionTuple out =
        input.apply("Run", ParDo.of(new ChainFn(fns)).withOutputTags(OUTPUT, TupleTagList.of(FAILURES)));
    out.get(OUTPUT).setCoder(KutipCoders.document());
    out.get(FAILURES).setCoder(KutipCoders.deadLetter());
    return StageResult.of(out, OUTPUT, FAILURES);
  }

  /** The stages' DoFns run in turn on each document, within one DoFn. */
  static final class ChainFn extends DoFn<Document, Document> {
    private final List<DocumentFn> stages;

    ChainFn(List<DocumentFn> stages) {
      this.stages = stages;
    }

    @Setup
    public void setup() {
      for (DocumentFn stage : stages) {
        stage.setUp();
      }
    }

    @ProcessElement
    public void process(@Element Document input, MultiOutputReceiver out) {
      Document document = input;
      for (DocumentFn stage : stages) {
        document = stage.applyOrFail(document, out.get(FAILURES));
        if (document == null) {
          return;
        }
      }
      out.get(OUTPUT).output(document);
    }
  }
}
