package id.kutip.quotes;

import id.kutip.common.DeadLetters;
import id.kutip.common.DocumentOutcome;
import id.kutip.common.KutipCoders;
import id.kutip.common.RejectedInputException;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
  /** {@link #onOutcomes}: the dead letters of the stages before, as they came. */
  public static final TupleTag<DeadLetter> EARLIER_FAILURES = new TupleTag<>("earlierFailures") {};
  /** {@link #onOutcomes}: the source URI of each document read, one per document, for the run's accounts. */
  public static final TupleTag<String> DOCUMENTS_SEEN = new TupleTag<>("documentsSeen") {};

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
   * The stage on the one stream of the stages before it ({@link DocumentOutcome}): the quotes and this stage's dead
   * letters of each document, the earlier stages' dead letters handed on as they came ({@link #EARLIER_FAILURES}), and
   * the source URI of each document ({@link #DOCUMENTS_SEEN}), which are the documents the job writes. Taking all of
   * the stream here, the job has no branch off it that rejoins before this stage's output (see
   * {@link DocumentOutcome}).
   */
  public PTransform<PCollection<DocumentOutcome>, PCollectionTuple> onOutcomes() {
    int limit = maxQuoteLength;
    return new PTransform<>() {
      @Override
      public PCollectionTuple expand(PCollection<DocumentOutcome> input) {
        checkMaxQuoteLength();
        PCollectionTuple out = input.apply("Attribute", ParDo.of(new AttributeOutcomesFn(limit))
            .withOutputTags(QUOTES, TupleTagList.of(FAILURES).and(EARLIER_FAILURES).and(DOCUMENTS_SEEN)));
        out.get(QUOTES).setCoder(KutipCoders.quote());
        out.get(FAILURES).setCoder(KutipCoders.deadLetter());
        out.get(EARLIER_FAILURES).setCoder(KutipCoders.deadLetter());
        out.get(DOCUMENTS_SEEN).setCoder(StringUtf8Coder.of());
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
      if (!outcome.isDocument()) {
        out.get(EARLIER_FAILURES).output(outcome.deadLetter());
        return;
      }
      out.get(DOCUMENTS_SEEN).output(outcome.document().getSourceUri());
      attribute.process(outcome.document(), out);
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
      QuoteAttributor.Attribution found;
      try {
        found = attributor.read(document);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        out.get(FAILURES).output(
            DeadLetters.failed(Stages.QUOTES, document.getSourceUri(), document.getDocId(), e, document.getText()));
        return;
      }
      documents.inc();
      for (Quote quote : found.quotes()) {
        quotes.inc();
        out.get(QUOTES).output(quote);
      }
      for (QuoteAttributor.TooLong statement : found.tooLong()) {
        tooLong.inc();
        failed.inc();
        out.get(FAILURES).output(DeadLetters.rejected(Stages.QUOTES, document.getSourceUri(), document.getDocId(),
            new RejectedInputException("quote-too-long", "a quote of " + statement.length() + " characters at ["
                + statement.start() + ", " + statement.end() + ") of the document, over the limit of "
                + maxQuoteLength + " (--maxQuoteLength)"),
            statement.head()));
      }
    }
  }
}
