package id.kutip.quotes;

import id.kutip.common.KeyedBatches;
import id.kutip.common.KutipCoders;
import id.kutip.common.Stages;
import id.kutip.schema.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Gives the same {@code statement_cluster_id} to quotes that report the same statement in different documents of
 * the run. Candidates come from MinHash band keys ({@link StatementShingles}) grouped across the whole run, so two
 * quotes are compared only when they agree on a whole band; candidates are confirmed by word 3-gram Jaccard >= 0.5.
 * A quote's cluster id is the smallest quote_id among itself and its confirmed neighbours (deterministic on any
 * runner and parallelism).
 *
 * <p>Both shuffles are keyed by a bucket of the real key (band key, quote id) rather than the key itself: a few
 * dozen large groups instead of one group per key, which the DirectRunner handles in seconds rather than minutes.
 * The band entries travel in lists per bucket ({@link KeyedBatches}), up to {@value #BAND_BATCH} a list: ten entries
 * a quote are most of the records this stage shuffles, and a runner pays per record. The job runs in the global
 * window, which the lists are sent in; other windows are refused.
 *
 * <p>Only a quote's smallest neighbour decides its cluster, so a band sends on one edge per quote at most, not one
 * per pair: a statement copied into 150 documents gives 150 edges per band, not 22,000. The join of quotes and
 * edges has more buckets the more quotes the run has ({@value #MAX_QUOTES_PER_JOIN_BUCKET} per bucket at most on
 * average), so that no group outgrows what a runner holds in memory for a join: Flink, by default, cannot read a
 * join group of more than 10,000 elements twice, and fails the job.
 */
public final class ClusterStatements extends PTransform<PCollection<Quote>, PCollection<Quote>> {
  static final double MIN_JACCARD = 0.5;
  /** A band shared by more quotes than this is linked to its smallest member, not compared pairwise. */
  static final int MAX_PAIRWISE = 200;
  public static final int DEFAULT_BUCKETS = 64;
  /** Quotes per bucket of the join, on average, at most; each brings at most one edge per band. */
  static final int MAX_QUOTES_PER_JOIN_BUCKET = 600;
  /** Band entries a list holds at most, and how many a worker holds before it sends all its lists. */
  static final int BAND_BATCH = 500;
  static final int BAND_BATCHES_BUFFERED = 20_000;

  private final int buckets;
  /** Whether the join gets more buckets the more quotes the run has; off, it keeps {@link #buckets}. */
  private final boolean joinGrows;

  private ClusterStatements(int buckets, boolean joinGrows) {
    this.buckets = buckets;
    this.joinGrows = joinGrows;
  }

  public static ClusterStatements create() {
    return new ClusterStatements(DEFAULT_BUCKETS, true);
  }

  /** How many groups each shuffle uses at least: the step's parallelism on a cluster. */
  public ClusterStatements withBuckets(int buckets) {
    return new ClusterStatements(buckets, joinGrows);
  }

  /**
   * Exactly {@code buckets} groups in each shuffle, the join included, however many quotes the run has: for the
   * DirectRunner, which holds every group in memory anyway and copies a key's whole group for every bundle that adds
   * to it, so that each extra key downstream multiplies that copying. The clusters are the same either way.
   */
  public ClusterStatements withFixedBuckets(int buckets) {
    return new ClusterStatements(buckets, false);
  }


  @Override
  public PCollection<Quote> expand(PCollection<Quote> quotes) {
    if (buckets < 1) {
      throw new IllegalArgumentException("ClusterStatements needs at least one bucket");
    }
    if (!(quotes.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      throw new IllegalArgumentException("ClusterStatements clusters a whole run, in the global window; got "
          + quotes.getWindowingStrategy().getWindowFn());
    }
    PCollectionView<Long> count = quotes.apply("CountQuotes", Count.globally()).apply(View.asSingleton());
    PCollection<KV<Integer, KV<String, String>>> edges =
        quotes
            .apply("KeyByBand", ParDo.of(new BandKeysFn(buckets)))
            .setCoder(bandListCoder())
            .apply("GroupBands", GroupByKey.create())
            .apply("ConfirmPairs", ParDo.of(new ConfirmPairsFn(buckets, joinGrows, count)).withSideInputs(count))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<KV<Integer, Quote>> byBucket =
        quotes.apply("KeyByQuoteBucket", ParDo.of(new QuoteBucketFn(buckets, joinGrows, count)).withSideInputs(count))
            .setCoder(KvCoder.of(VarIntCoder.of(), KutipCoders.quote()));
    TupleTag<Quote> quoteTag = new TupleTag<>() {};
    TupleTag<KV<String, String>> edgeTag = new TupleTag<>() {};
    return KeyedPCollectionTuple.of(quoteTag, byBucket)
        .and(edgeTag, edges)
        .apply("JoinNeighbours", CoGroupByKey.create())
        .apply("SetClusterIds", ParDo.of(new SetClusterFn(quoteTag, edgeTag)))
        .setCoder(KutipCoders.quote());
  }

  /** A bucket's list of band entries: band key and the statement that has it. */
  static KvCoder<Integer, List<KV<String, Statement>>> bandListCoder() {
    return KvCoder.of(VarIntCoder.of(), ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StatementCoder.of())));
  }

  static int bucket(String key, int buckets) {
    return Math.floorMod(key.hashCode(), buckets);
  }

  /** The join's bucket count for a run of {@code quotes} quotes: at least {@code buckets}; exactly that if fixed. */
  static int joinBuckets(int buckets, boolean grows, long quotes) {
    if (!grows) {
      return buckets;
    }
    return (int) Math.max(buckets, Math.min(Integer.MAX_VALUE, (quotes + MAX_QUOTES_PER_JOIN_BUCKET - 1) / MAX_QUOTES_PER_JOIN_BUCKET));
  }

  /** Each quote's band entries, keyed by bucket and sent in lists per bucket. */
  static final class BandKeysFn extends DoFn<Quote, KV<Integer, List<KV<String, Statement>>>> {
    private final int buckets;
    private transient KeyedBatches<Integer, KV<String, Statement>> batches;

    BandKeysFn(int buckets) {
      this.buckets = buckets;
    }

    @StartBundle
    public void startBundle() {
      batches = new KeyedBatches<>(BAND_BATCH, BAND_BATCHES_BUFFERED);
    }

    @ProcessElement
    public void process(@Element Quote quote, OutputReceiver<KV<Integer, List<KV<String, Statement>>>> out) {
      int[] shingles = StatementShingles.shingles(quote.getText());
      if (shingles.length == 0) {
        return;
      }
      Statement candidate = new Statement(quote.getQuoteId(), quote.getDocId(), shingles);
      for (String key : StatementShingles.bandKeys(shingles)) {
        batches.add(bucket(key, buckets), KV.of(key, candidate), (bucket, list) -> out.output(KV.of(bucket, list)));
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.flush((bucket, list) ->
          context.output(KV.of(bucket, list), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }

  /**
   * Within a band: each quote's smallest confirmed neighbour (a quote of another document, word 3-gram Jaccard of at
   * least {@value #MIN_JACCARD}) when it is smaller than the quote itself. Larger neighbours cannot lower a quote's
   * cluster id, so they are not sent.
   */
  static final class ConfirmPairsFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, Statement>>>>, KV<Integer, KV<String, String>>> {
    private final int buckets;
    private final boolean joinGrows;
    private final PCollectionView<Long> count;
    private final Counter oversized = Metrics.counter(Stages.QUOTES, "oversizedStatementBands");
    private final Counter edges = Metrics.counter(Stages.QUOTES, "statementEdges");

    ConfirmPairsFn(int buckets, boolean joinGrows, PCollectionView<Long> count) {
      this.buckets = buckets;
      this.joinGrows = joinGrows;
      this.count = count;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<List<KV<String, Statement>>>> group, ProcessContext context) {
      int joinBuckets = joinBuckets(buckets, joinGrows, context.sideInput(count));
      Map<String, List<Statement>> bands = new HashMap<>();
      for (List<KV<String, Statement>> list : group.getValue()) {
        for (KV<String, Statement> entry : list) {
          bands.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
      }
      for (List<Statement> members : bands.values()) {
        if (members.size() < 2) {
          continue;
        }
        members.sort((a, b) -> a.quoteId().compareTo(b.quoteId()));
        if (members.size() > MAX_PAIRWISE) {
          // Hundreds of quotes agreeing on a whole band are copies of one text: link them to the smallest id.
          oversized.inc();
          String smallest = members.get(0).quoteId();
          members.forEach(m -> edge(m.quoteId(), smallest, joinBuckets, context));
          continue;
        }
        for (int i = 1; i < members.size(); i++) {
          Statement later = members.get(i);
          for (int j = 0; j < i; j++) {
            Statement earlier = members.get(j);
            boolean otherDocument = !later.docId().equals(earlier.docId());
            if (otherDocument && StatementShingles.jaccard(later.shingles(), earlier.shingles()) >= MIN_JACCARD) {
              edge(later.quoteId(), earlier.quoteId(), joinBuckets, context);
              break; // members are in id order: the first confirmed is the smallest
            }
          }
        }
      }
    }

    private void edge(String quoteId, String neighbourId, int buckets, ProcessContext context) {
      edges.inc();
      context.output(KV.of(bucket(quoteId, buckets), KV.of(quoteId, neighbourId)));
    }
  }

  static final class QuoteBucketFn extends DoFn<Quote, KV<Integer, Quote>> {
    private final int buckets;
    private final boolean joinGrows;
    private final PCollectionView<Long> count;

    QuoteBucketFn(int buckets, boolean joinGrows, PCollectionView<Long> count) {
      this.buckets = buckets;
      this.joinGrows = joinGrows;
      this.count = count;
    }

    @ProcessElement
    public void process(@Element Quote quote, ProcessContext context) {
      int joinBuckets = joinBuckets(buckets, joinGrows, context.sideInput(count));
      context.output(KV.of(bucket(quote.getQuoteId(), joinBuckets), quote));
    }
  }

  static final class SetClusterFn extends DoFn<KV<Integer, CoGbkResult>, Quote> {
    private final TupleTag<Quote> quoteTag;
    private final TupleTag<KV<String, String>> edgeTag;
    private final Counter clustered = Metrics.counter(Stages.QUOTES, "quotesInMultiDocumentStatements");

    SetClusterFn(TupleTag<Quote> quoteTag, TupleTag<KV<String, String>> edgeTag) {
      this.quoteTag = quoteTag;
      this.edgeTag = edgeTag;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Quote> out) {
      // Edges are few (only quotes said in several documents); quotes stream through.
      Map<String, String> smallest = new HashMap<>();
      for (KV<String, String> edge : joined.getValue().getAll(edgeTag)) {
        smallest.merge(edge.getKey(), edge.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (Quote quote : joined.getValue().getAll(quoteTag)) {
        String id = quote.getQuoteId();
        String neighbour = smallest.get(id);
        String cluster = neighbour != null && neighbour.compareTo(id) < 0 ? neighbour : id;
        if (!cluster.equals(id)) {
          clustered.inc();
        }
        out.output(Quote.newBuilder(quote).setStatementClusterId(cluster).build());
      }
    }
  }
}
