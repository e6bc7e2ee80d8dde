package id.kutip.common;

import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Several per-document stages in one step: each document goes through the stages in order, and a stage that fails
 * on it makes it a dead letter of that stage, exactly as if the stages ran one after the other. Each stage keeps its
 * own counters (their namespace is the stage).
 *
 * <p>The step has one output, each document's {@link DocumentOutcome}: the document, or the dead letter of the stage
 * that failed on it. On Flink's batch translation a step with two outputs (documents and dead letters) writes every
 * document into a stream that each output's reader, a task of its own, decodes whole, and its branches meeting again
 * (in the dead-letter sink, in the file accounts) make it a blocking exchange in Flink's default batch execution mode
 * (docs/PERFORMANCE.md, eighth pass).
 */
public final class ChainedStages extends PTransform<PCollection<Document>, PCollection<DocumentOutcome>> {
  private final List<DocumentStage> stages;

  private ChainedStages(List<DocumentStage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static ChainedStages of(DocumentStage... stages) {
    return new ChainedStages(List.of(stages));
  }

  @Override
  public PCollection<DocumentOutcome> expand(PCollection<Document> input) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("ChainedStages needs at least one stage");
    }
    List<DocumentFn> fns = new ArrayList<>();
    for (DocumentStage stage : stages) {
      fns.add(stage.fn());
    }
    return input.apply("Run", ParDo.of(new ChainFn(fns))).setCoder(DocumentOutcome.coder());
  }

  /** The stages' DoFns run in turn on each document, within one DoFn. */
  static final class ChainFn extends DoFn<Document, DocumentOutcome> {
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
    public void process(@Element Document input, OutputReceiver<DocumentOutcome> out) {
      Document document = input;
      for (DocumentFn stage : stages) {
        document = stage.applyOrFail(document, deadLetter -> out.output(DocumentOutcome.failed(deadLetter)));
        if (document == null) {
          return;
        }
      }
      out.output(DocumentOutcome.of(document));
    }
  }
}
