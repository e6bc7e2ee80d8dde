package id.kutip.sentences;

import id.kutip.common.DocumentFn;
import id.kutip.common.DocumentStage;
import id.kutip.common.DocumentStageFn;
import id.kutip.common.KutipCoders;
import id.kutip.common.RejectedInputException;
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
public final class SplitSentences extends PTransform<PCollection<Document>, StageResult<Document>>
    implements DocumentStage {
  /** Far above any news article (a long one has a few hundred), far below what would strain the later stages. */
  public static final int DEFAULT_MAX_SENTENCES = 10_000;
  private static final TupleTag<Document> SPLIT = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final int maxSentences;

  private SplitSentences(int maxSentences) {
    this.maxSentences = maxSentences;
  }

  public static SplitSentences create() {
    return new SplitSentences(DEFAULT_MAX_SENTENCES);
  }

  /** A document with more sentences than this becomes a dead letter ({@code too-many-sentences}). */
  public SplitSentences withMaxSentences(int maxSentences) {
    return new SplitSentences(maxSentences);
  }

  @Override
  public StageResult<Document> expand(PCollection<Document> input) {
    return DocumentStageFn.applyTo(input, "Split", fn(), SPLIT, FAILURES, KutipCoders.document());
  }

  @Override
  public DocumentFn fn() {
    if (maxSentences <= 0) {
      throw new IllegalArgumentException("--maxSentences must be positive, not " + maxSentences);
    }
    return new SplitFn(maxSentences);
  }

  static final class SplitFn extends DocumentFn {
    private final Counter sentences = Metrics.counter(Stages.SENTENCES, "sentences");
    private final int maxSentences;
    private transient SentenceSplitter splitter;

    SplitFn(int maxSentences) {
      super(Stages.SENTENCES, SPLIT, FAILURES);
      this.maxSentences = maxSentences;
    }

    @Override
    protected void setUp() {
      splitter = SentenceSplitter.shared();
    }

    @Override
    protected Document apply(Document document) {
      List<Sentence> split = splitter.split(document.getText());
      if (split.size() > maxSentences) {
        throw new RejectedInputException("too-many-sentences",
            split.size() + " sentences, over the limit of " + maxSentences + " (--maxSentences)");
      }
      sentences.inc(split.size());
      return Document.newBuilder(document).setSentences(split).build();
    }
  }
}
