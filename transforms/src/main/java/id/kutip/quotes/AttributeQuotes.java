package id.kutip.quotes;

import id.kutip.common.DeadLetters;
import id.kutip.common.DocumentOutcome;
import id.kutip.common.KutipCoders;
import id.kutip.common.RejectedInputException;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.common.Tally;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.util.function.Consumer;
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
  /** The quotes found ({@link #expand} and {@link #onOutcomes}). */
  public static final TupleTag<Quote> QUOTES = new TupleTag<>("quotes") {};
  /** The dead letters of this stage: a document that failed, a quote over the limit (the document is written). */
  public static final TupleTag<DeadLetter> FAILURES = new TupleTag<>("failures") {};
  /**
   * {@link #onOutcomes}: the source URI of each document read, one per document, which are the documents the job
   * writes; this stage's dead letters; and the dead letters of the stages before, as they came.
   */
  public static final TupleTag<Tally> TALLIES = new TupleTag<>("tallies") {};

  /**
   * Characters. The longest quote of the gold sets has under 400; a "quote" many times that is
   * a quotation mark that was never closed, not something a person said.
   */
  public static final int DEFAULT_MAX_QUOTE_LENGTH = QuoteAttributor.DEFAULT_MAX_QUOTE_LENGTH;

  private final int maxQuoteLength;

  private AttributeQuotes(int maxQuoteLength) {
    this.maxQuoteLength = maxQuoteLength;
  }

  public static AttributeQuotes create() {
    return new AttributeQuotes(DEFAULT_MAX_QUOTE_LENGTH);
  }

  /** A quote longer than this many characters becomes a dead letter ({@code quote-too-long}); its document stays. */
  public AttributeQuotes withMaxQuoteLength(int maxQuoteLength) {
    return new AttributeQuotes(maxQuoteLength);
  }

  @Override
  public StageResult<Quote> expand(PCollection<Document> input) {
    checkMaxQuoteLength();
    PCollectionTuple out = input.apply("Attribute",
        ParDo.of(new AttributeFn(maxQuoteLength)).withOutputTags(QUOTES, TupleTagList.of(FAILURES)));
    out.get(QUOTES).setCoder(KutipCoders.quote());
    out.get(FAILURES).setCoder(KutipCoders.deadLetter());
    return StageResult.of(out, QUOTES, FAILURES);
  }

  private void checkMaxQuoteLength() {
    if (maxQuoteLength <= 0) {
      throw new IllegalArgumentException("--maxQuoteLength must be positive, not " + maxQuoteLength);
    }
  }

  /**
   * The stage on the one stream of the stages before it ({@link DocumentOutcome}): the quotes ({@link #QUOTES}), and
   * in one other output ({@link #TALLIES}) the source URI of each document, this stage's dead letters and the earlier
   * stages' dead letters as they came. Taking all of the stream here, the job has no branch off it that rejoins before
   * this stage's output (see {@link DocumentOutcome}); with all but the quotes in one output, nothing read from this
   * stage's outputs meets again either, so that on Flink the quotes go on while the stage runs (see {@link Tally}).
   */
  public PTransform<PCollection<DocumentOutcome>, PCollectionTuple> onOutcomes() {
    int limit = maxQuoteLength;
    return new PTransform<>() {
      @Override
      public PCollectionTuple expand(PCollection<DocumentOutcome> input) {
        checkMaxQuoteLength();
        PCollectionTuple out = input.apply("Attribute", ParDo.of(new AttributeOutcomesFn(limit))
            .withOutputTags(QUOTES, TupleTagList.of(TALLIES)));
        out.get(QUOTES).setCoder(KutipCoders.quote());
        out.get(TALLIES).setCoder(Tally.coder());
        return out;
      }
    };
  }

  /** {@link AttributeFn} on outcomes: documents are read, earlier dead letters handed on. */
  static final class AttributeOutcomesFn extends DoFn<DocumentOutcome, Quote> {
    private final AttributeFn attribute;

    AttributeOutcomesFn(int maxQuoteLength) {
      this.attribute = new AttributeFn(maxQuoteLength);
    }

    @Setup
    public void setup() {
      attribute.setup();
    }

    @ProcessElement
    public void process(@Element DocumentOutcome outcome, MultiOutputReceiver out) {
      OutputReceiver<Tally> tallies = out.get(TALLIES);
      if (!outcome.isDocument()) {
        tallies.output(Tally.of(outcome.deadLetter()));
        return;
      }
      tallies.output(Tally.written(outcome.document().getSourceUri()));
      OutputReceiver<Quote> quotes = out.get(QUOTES);
      attribute.attribute(outcome.document(), quotes::output, deadLetter -> tallies.output(Tally.of(deadLetter)));
    }
  }

  static final class AttributeFn extends DoFn<Document, Quote> {
    private final Counter documents = Metrics.counter(Stages.QUOTES, "documents");
    private final Counter quotes = Metrics.counter(Stages.QUOTES, "quotes");
    private final Counter failed = Metrics.counter(Stages.QUOTES, "deadLetters");
    private final Counter tooLong = Metrics.counter(Stages.QUOTES, "quotesTooLong");
    private final int maxQuoteLength;
    private transient QuoteAttributor attributor;

    AttributeFn(int maxQuoteLength) {
      this.maxQuoteLength = maxQuoteLength;
    }

    @Setup
    public void setup() {
      attributor = new QuoteAttributor(maxQuoteLength);
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      OutputReceiver<Quote> quoteOut = out.get(QUOTES);
      OutputReceiver<DeadLetter> failureOut = out.get(FAILURES);
      attribute(document, quoteOut::output, failureOut::output);
    }

    /** The quotes of one document, and this stage's dead letters for it. */
    void attribute(Document document, Consumer<Quote> quoteOut, Consumer<DeadLetter> failureOut) {
      QuoteAttributor.Attribution found;
      try {
        found = attributor.read(document);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        failureOut.accept(
            DeadLetters.failed(Stages.QUOTES, document.getSourceUri(), document.getDocId(), e, document.getText()));
        return;
      }
      documents.inc();
      for (Quote quote : found.quotes()) {
        quotes.inc();
        quoteOut.accept(quote);
      }
      for (QuoteAttributor.TooLong statement : found.tooLong()) {
        tooLong.inc();
        failed.inc();
        failureOut.accept(DeadLetters.rejected(Stages.QUOTES, document.getSourceUri(), document.getDocId(),
            new RejectedInputException("quote-too-long", "a quote of " + statement.length() + " characters at ["
                + statement.start() + ", " + statement.end() + ") of the document, over the limit of "
                + maxQuoteLength + " (--maxQuoteLength)"),
            statement.head()));
      }
    }
  }
}
