package id.kutip.sentences;

import id.kutip.common.DocumentFn;
import id.kutip.common.DocumentStageFn;
import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Sentence;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/** Adds sentence offsets to each document ({@link SentenceSplitter}). */
public final class SplitSentences extends PTransform<PCollection<Document>, StageResult<Document>> {
  private static final TupleTag<Document> SPLIT = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private SplitSentences() {}

  public static SplitSentences create() {
    return new SplitSentences();
  }

  @Override
  public StageResult<Document> expand(PCollection<Document> input) {
    return DocumentStageFn.applyTo(input, "Split", new SplitFn(), SPLIT, FAILURES, KutipCoders.document());
  }

  static final class SplitFn extends DocumentFn {
    private final Counter sentences = Metrics.counter(Stages.SENTENCES, "sentences");
    private transient SentenceSplitter splitter;

    SplitFn() {
      super(Stages.SENTENCES, SPLIT, FAILURES);
    }

    @Setup
    public void setup() {
      splitter = SentenceSplitter.shared();
    }

    @Override
    protected Document apply(Document document) {
      List<Sentence> split = splitter.split(document.getText());
      sentences.inc(split.size());
      return Document.newBuilder(document).setSentences(split).build();
    }
  }
}
