package id.kutip.quotes;

import id.kutip.common.DeadLetters;
import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Finds the quotes of each document ({@link QuoteAttributor}): zero or more {@link Quote}s per document. */
public final class AttributeQuotes extends PTransform<PCollection<Document>, StageResult<Quote>> {
  private static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private AttributeQuotes() {}

  public static AttributeQuotes create() {
    return new AttributeQuotes();
  }

  @Override
  public StageResult<Quote> expand(PCollection<Document> input) {
    PCollectionTuple out =
        input.apply("Attribute", ParDo.of(new AttributeFn()).withOutputTags(QUOTES, TupleTagList.of(FAILURES)));
    out.get(QUOTES).setCoder(KutipCoders.quote());
    out.get(FAILURES).setCoder(KutipCoders.deadLetter());
    return StageResult.of(out, QUOTES, FAILURES);
  }

  static final class AttributeFn extends DoFn<Document, Quote> {
    private final Counter documents = Metrics.counter(Stages.QUOTES, "documents");
    private final Counter quotes = Metrics.counter(Stages.QUOTES, "quotes");
    private final Counter failed = Metrics.counter(Stages.QUOTES, "deadLetters");
    private transient QuoteAttributor attributor;

    @Setup
    public void setup() {
      attributor = new QuoteAttributor();
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      List<Quote> found;
      try {
        found = attributor.attribute(document);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        out.get(FAILURES).output(
            DeadLetters.failed(Stages.QUOTES, document.getSourceUri(), document.getDocId(), e, document.getText()));
        return;
      }
      documents.inc();
      quotes.inc(found.size());
      for (Quote quote : found) {
        out.get(QUOTES).output(quote);
      }
    }
  }
}
