package id.kutip.quotes;

import id.kutip.common.KeyedBatches;
import id.kutip.common.KutipCoders;
import id.kutip.common.Packed;
import id.kutip.common.PackedCoder;
import id.kutip.common.Stages;
import id.kutip.schema.Quote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Gives the same {@code statement_cluster_id} to quotes that report the same statement in different documents of
 * the run. Candidates come from MinHash band keys ({@link StatementShingles}) grouped across the whole run, so two
 * quotes are compared only when they agree on a whole band; candidates are confirmed by word 3-gram Jaccard >= 0.5
 * ({@link BandNeighbours}). A quote's cluster id is the smallest quote_id among itself and its confirmed neighbours
 * (deterministic on any runner and parallelism).
 *
 * <p>The band entries are shuffled keyed by a bucket of the band key rather than the key itself: a few thousand
 * groups instead of one group per key, which the DirectRunner handles in seconds rather than minutes (with its fixed
 * few). They travel in lists per bucket ({@link KeyedBatches}), up to {@value #BAND_BATCH} a list: ten entries a quote
 * are most of the records this stage shuffles, and a runner pays per record. Each list is packed where it is made
 * ({@link Packed}): the keying step's two outputs each reach both their readers, and the sort behind the grouping
 * decodes and encodes what it buffers, which for a packed list is a copy of bytes. A runner holds a bucket in memory
 * whole (Flink's batch translation, with the re-iterable groups the job asks for), so a bucket is a share of the
 * run's entries: {@value #DEFAULT_BUCKETS} of them keep it small at hundreds of millions of quotes, where 64 did not
 * at millions. The job runs in the global window, which the lists are sent in; other windows are refused.
 *
 * <p>Only a quote's smallest neighbour decides its cluster, so a band sends on one edge per quote at most, not one
 * per pair: a statement copied into 150 documents gives 150 edges per band, not 22,000.
 *
 * <p>Quotes and their edges are joined in {@value #JOIN_GROUPS} groups by a hash of the document id (a quote's edge
 * goes to its document's group). Nothing in the stage needs the whole run counted first: the join used to grow with
 * a count of the quotes read as a side input, which made Flink hold every quote until it was known. With fixed
 * buckets (the DirectRunner's setting, which pays per key) the join has that many groups instead. Both sides of the
 * join travel in lists per group, as the band entries do: the quotes ({@link KeyedBatches}, packed) and each quote's
 * smallest neighbour ({@link SmallestNeighbours}), the only edge of it that the join reads.
 */
public final class ClusterStatements extends PTransform<PCollection<Quote>, PCollection<Quote>> {
  public static final int DEFAULT_BUCKETS = 4096;
  /**
   * Groups of the join of quotes and neighbours, whatever the run's size. A runner holds a group in memory whole: one
   * group of the 768,570 quotes of 100,000 documents did not fit a 1 GB heap, which is what each of 1,024 groups would
   * hold at 100 million documents; with 8,192, a group holds about 100 quotes at 100,000 documents and 12,000 at ten
   * million. Flink pays per group, but 8,192 groups cost nothing measurable against 1,024 (docs/PERFORMANCE.md,
   * sixteenth pass; one group per document had cost 7 s more at 100,000 documents in an earlier build).
   */
  static final int JOIN_GROUPS = 8192;
  /** Band entries a list holds at most, and how many a worker holds before it sends all its lists. */
  static final int BAND_BATCH = 500;
  static final int BAND_BATCHES_BUFFERED = 100_000;
  /** Quotes a list of the join holds at most, and how many a worker holds before it sends all its lists. */
  static final int QUOTE_BATCH = 100;
  static final int QUOTE_BATCHES_BUFFERED = 20_000;
  /** Quotes whose smallest neighbour a worker holds before it sends them all. */
  static final int NEIGHBOURS_BUFFERED = 100_000;

  static final TupleTag<KV<Integer, Packed<List<KV<BandKey, Statement>>>>> BAND_LISTS =
      new TupleTag<>("bandLists") {};
  /** A bucket's band entries, packed where they are made ({@link Packed}): ten a quote, most of the bytes sorted. */
  static final PackedCoder<List<KV<BandKey, Statement>>> BAND_LIST =
      PackedCoder.of(ListCoder.of(KvCoder.of(BandKeyCoder.of(), StatementCoder.of())));
  static final TupleTag<KV<Integer, Packed<List<Quote>>>> BY_DOCUMENT = new TupleTag<>("byDocument") {};
  /** A join group's quotes, packed: they cross to both of the keying step's outputs' readers, then are sorted. */
  static final PackedCoder<List<Quote>> QUOTE_LIST = PackedCoder.of(ListCoder.of(KutipCoders.quote()));

  private final int buckets;
  /** How many groups the join of quotes and neighbours has: {@link #JOIN_GROUPS}, or the fixed buckets. */
  private final int joinGroups;

  private ClusterStatements(int buckets, int joinGroups) {
    this.buckets = buckets;
    this.joinGroups = joinGroups;
  }

  public static ClusterStatements create() {
    return new ClusterStatements(DEFAULT_BUCKETS, JOIN_GROUPS);
  }

  /** How many groups the band shuffle uses: the step's parallelism on a cluster. */
  public ClusterStatements withBuckets(int buckets) {
    return new ClusterStatements(buckets, joinGroups);
  }

  /**
   * Exactly {@code buckets} groups in each shuffle, the join included, however many quotes the run has: for the
   * DirectRunner, which holds every group in memory anyway and copies a key's whole group for every bundle that adds
   * to it, so that each extra key downstream multiplies that copying. The clusters are the same either way.
   */
  public ClusterStatements withFixedBuckets(int buckets) {
    return new ClusterStatements(buckets, buckets);
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
    // One step keys each quote both ways. In Flink's default batch execution mode a collection read by two paths that
    // meet again (here, in the join) is held whole before either path reads it; keying in one step puts that wait
    // after the keying, so that the keying runs while the quote stage still sends quotes.
    PCollectionTuple keyed = quotes.apply("KeyQuotes",
        ParDo.of(new KeyQuotesFn(buckets, joinGroups)).withOutputTags(BAND_LISTS, TupleTagList.of(BY_DOCUMENT)));
    PCollection<KV<Integer, List<KV<String, String>>>> edges =
        keyed.get(BAND_LISTS)
            .setCoder(bandListCoder())
            .apply("GroupBands", GroupByKey.create())
            .apply("ConfirmPairs", ParDo.of(new ConfirmPairsFn(joinGroups)))
            .setCoder(edgeListCoder());
    PCollection<KV<Integer, Packed<List<Quote>>>> byDocument = keyed.get(BY_DOCUMENT).setCoder(quoteListCoder());
    TupleTag<Packed<List<Quote>>> quoteTag = new TupleTag<>() {};
    TupleTag<List<KV<String, String>>> edgeTag = new TupleTag<>() {};
    return KeyedPCollectionTuple.of(quoteTag, byDocument)
        .and(edgeTag, edges)
        .apply("JoinNeighbours", CoGroupByKey.create())
        .apply("SetClusterIds", ParDo.of(new SetClusterFn(quoteTag, edgeTag)))
        .setCoder(KutipCoders.quote());
  }

  /** A bucket's list of band entries (band key and the statement that has it), packed. */
  static KvCoder<Integer, Packed<List<KV<BandKey, Statement>>>> bandListCoder() {
    return KvCoder.of(VarIntCoder.of(), BAND_LIST);
  }

  /** A join group's list of quotes. */
  static KvCoder<Integer, Packed<List<Quote>>> quoteListCoder() {
    return KvCoder.of(VarIntCoder.of(), QUOTE_LIST);
  }

  /** A join group's list of edges: a quote's id and its smallest neighbour's. */
  static KvCoder<Integer, List<KV<String, String>>> edgeListCoder() {
    return KvCoder.of(VarIntCoder.of(), ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
  }

  static int bucket(BandKey key, int buckets) {
    return Math.floorMod(key.hashCode(), buckets);
  }

  /** The join group of a document's quotes and neighbours: one of {@code groups}, by a hash of its id. */
  static int joinKey(String docId, int groups) {
    return Math.floorMod(docId.hashCode(), groups);
  }

  /**
   * Each quote's band entries, keyed by bucket and sent in lists per bucket ({@link #BAND_LISTS}), and the quote
   * itself in lists per join group ({@link #BY_DOCUMENT}).
   */
  static final class KeyQuotesFn extends DoFn<Quote, KV<Integer, Packed<List<KV<BandKey, Statement>>>>> {
    private final int buckets;
    private final int joinGroups;
    private transient KeyedBatches<Integer, KV<BandKey, Statement>> batches;
    private transient KeyedBatches<Integer, Quote> quoteBatches;

    KeyQuotesFn(int buckets, int joinGroups) {
      this.buckets = buckets;
      this.joinGroups = joinGroups;
    }

    @StartBundle
    public void startBundle() {
      batches = new KeyedBatches<>(BAND_BATCH, BAND_BATCHES_BUFFERED);
      quoteBatches = new KeyedBatches<>(QUOTE_BATCH, QUOTE_BATCHES_BUFFERED);
    }

    @ProcessElement
    public void process(@Element Quote quote, MultiOutputReceiver out) {
      OutputReceiver<KV<Integer, Packed<List<Quote>>>> byDocument = out.get(BY_DOCUMENT);
      quoteBatches.add(joinKey(quote.getDocId(), joinGroups), quote,
          (group, list) -> byDocument.output(KV.of(group, QUOTE_LIST.pack(list))));
      int[] shingles = StatementShingles.shingles(quote.getText());
      if (shingles.length == 0) {
        return;
      }
      Statement candidate = new Statement(quote.getQuoteId(), quote.getDocId(), shingles);
      OutputReceiver<KV<Integer, Packed<List<KV<BandKey, Statement>>>>> lists = out.get(BAND_LISTS);
      for (BandKey key : StatementShingles.bandKeys(shingles)) {
        batches.add(bucket(key, buckets), KV.of(key, candidate),
            (bucket, list) -> lists.output(KV.of(bucket, BAND_LIST.pack(list))));
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.flush((bucket, list) -> context.output(BAND_LISTS, KV.of(bucket, BAND_LIST.pack(list)),
          GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      quoteBatches.flush((group, list) -> context.output(BY_DOCUMENT, KV.of(group, QUOTE_LIST.pack(list)),
          GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }

  /**
   * Within a bucket of bands: each quote's smallest neighbour ({@link BandNeighbours}), combined over the buckets a
   * worker confirms and sent in lists per join group ({@link SmallestNeighbours}).
   */
  static final class ConfirmPairsFn
      extends DoFn<KV<Integer, Iterable<Packed<List<KV<BandKey, Statement>>>>>, KV<Integer, List<KV<String, String>>>> {
    private final int joinGroups;
    private final Counter oversized = Metrics.counter(Stages.QUOTES, "oversizedStatementBands");
    private final Counter edges = Metrics.counter(Stages.QUOTES, "statementEdges");

    private transient SmallestNeighbours smallest;

    ConfirmPairsFn(int joinGroups) {
      this.joinGroups = joinGroups;
    }

    @StartBundle
    public void startBundle() {
      smallest = new SmallestNeighbours(NEIGHBOURS_BUFFERED);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<Packed<List<KV<BandKey, Statement>>>>> group,
        OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      BandNeighbours bands = new BandNeighbours();
      for (Packed<List<KV<BandKey, Statement>>> list : group.getValue()) {
        for (KV<BandKey, Statement> entry : list.get()) {
          bands.add(entry.getKey(), entry.getValue());
        }
      }
      for (BandNeighbours.Neighbour neighbour : bands.neighbours()) {
        edges.inc();
        smallest.add(joinKey(neighbour.docId(), joinGroups), neighbour.quoteId(), neighbour.neighbourId(),
            (joinGroup, list) -> out.output(KV.of(joinGroup, list)));
      }
      oversized.inc(bands.oversizedBands());
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      smallest.flush((joinGroup, list) -> context.output(
          KV.of(joinGroup, list), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }

  static final class SetClusterFn extends DoFn<KV<Integer, CoGbkResult>, Quote> {
    private final TupleTag<Packed<List<Quote>>> quoteTag;
    private final TupleTag<List<KV<String, String>>> edgeTag;
    private final Counter clustered = Metrics.counter(Stages.QUOTES, "quotesInMultiDocumentStatements");

    SetClusterFn(TupleTag<Packed<List<Quote>>> quoteTag, TupleTag<List<KV<String, String>>> edgeTag) {
      this.quoteTag = quoteTag;
      this.edgeTag = edgeTag;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Quote> out) {
      // Edges are at most one a quote per worker that confirmed pairs (SmallestNeighbours); quotes stream through.
      Map<String, String> smallest = new HashMap<>();
      for (List<KV<String, String>> edges : joined.getValue().getAll(edgeTag)) {
        for (KV<String, String> edge : edges) {
          smallest.merge(edge.getKey(), edge.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
      for (Packed<List<Quote>> quotes : joined.getValue().getAll(quoteTag)) {
        for (Quote quote : quotes.get()) {
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
}
