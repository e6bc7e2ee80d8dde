package id.kutip.duplicates;

import id.kutip.common.DeadLetters;
import id.kutip.common.KeyedBatches;
import id.kutip.common.KutipCoders;
import id.kutip.common.Packed;
import id.kutip.common.PackedCoder;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
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
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Finds exact and near duplicates across the whole run and records them in {@code Document.cluster_id} and
 * {@code duplicate_of} ({@link NearDuplicates}). Never all pairs, never one worker's memory:
 *
 * <ol>
 *   <li>each document gets a MinHash signature of its word trigrams ({@link Sketch});
 *   <li>its {@value MinHash#BANDS} band keys and its exact-text key are grouped across the run
 *       ({@code GroupByKey}). Band keys are gathered in a fixed number of coarse buckets per band ({@value
 *       #BAND_BUCKETS} unless set: about 400 entries each at 100,000 documents), because runners pay per key: the
 *       direct runner spends tens of milliseconds on each. A runner holds a bucket in memory whole, so the buckets are
 *       many enough for a bucket to stay small at tens of millions of documents, and few enough that the entries
 *       still travel in lists. The number is fixed rather than sized from a count of the run,
 *       which would be a side input: it held back every sketch until the count was known, and on Flink run with
 *       every exchange pipelined (the job's setting) a side input fed by the same step as the main input deadlocks.
 *       Runners pay per record too, so the entries travel in lists per bucket ({@link KeyedBatches}, up to {@value
 *       #ENTRY_BATCH} entries a list, each packed: {@link Packed}), sent in the global window (the job's only one;
 *       other windows are refused);
 *   <li>within a bucket, documents with the same band are candidates: exact copies are tied to the smallest of them,
 *       the others are each compared with at most {@value #MAX_BUCKET_COMPARISONS} others on their whole
 *       signatures, which travel with them;
 *   <li>groups are the connected components of the verified pairs, found by passing the smallest member (by id)
 *       along the edges for {@value #LABEL_ROUNDS} rounds: copies of a story are near one another, and a chain of
 *       copies longer than that would be split into groups, each still deterministic;
 *   <li>each group is named after its smallest doc id and represented by its earliest, then longest member; the
 *       documents get their group in a join with one group per document, so that a worker holds one document of it
 *       at a time however large the run (or, for the DirectRunner, over a few shards: {@link #withJoinShards}).
 * </ol>
 *
 * Everything is keyed and ordered by content and ids, so the output is the same on every runner and parallelism.
 * With {@link #withDropDuplicates} the documents that duplicate another leave the pipeline here (counted as
 * {@code FindDuplicates/dropped}, and set aside in {@link StageResult#setAside()} for the run's accounting);
 * otherwise they go on, marked.
 */
public final class FindDuplicates extends PTransform<PCollection<Document>, StageResult<Document>> {
  static final int MAX_BUCKET_COMPARISONS = 50;
  static final int LABEL_ROUNDS = 3;
  static final int BAND_BUCKETS = 256;
  /** Band entries a list holds at most, and how many a worker holds (their sketches shared) before it sends all. */
  static final int ENTRY_BATCH = 500;
  static final int ENTRY_BATCHES_BUFFERED = 200_000;
  private static final String EXACT_BAND = "exact";

  private static final TupleTag<KV<String, Packed<Document>>> KEYED = new TupleTag<>() {};
  /**
   * The documents on their way to the join, and the band entries to their buckets, travel packed ({@link Packed}):
   * both are sorted whole by a grouping, and the documents cross to each of the sketch step's three outputs' readers.
   */
  static final PackedCoder<Document> PACKED_DOCUMENT = PackedCoder.of(KutipCoders.document());
  /** A sketch keyed by a band key or a label: the band entries, and the edges and nodes of the groups. */
  private static final KvCoder<String, Sketch> KEYED_SKETCH = KvCoder.of(StringUtf8Coder.of(), SketchCoder.of());
  static final PackedCoder<List<KV<String, Sketch>>> BAND_ENTRIES = PackedCoder.of(ListCoder.of(KEYED_SKETCH));
  private static final TupleTag<Sketch> SKETCHES = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Sketch>> EDGES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Sketch>> NODES = new TupleTag<>() {};
  private static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<Document> DROPPED = new TupleTag<>() {};

  private final boolean dropDuplicates;
  /** Shards of the join of documents and their groups; null for one group per document (the default). */
  private final Integer joinShards;
  private final int bandBuckets;

  private FindDuplicates(boolean dropDuplicates, Integer joinShards, int bandBuckets) {
    this.dropDuplicates = dropDuplicates;
    this.joinShards = joinShards;
    this.bandBuckets = bandBuckets;
  }

  public static FindDuplicates create() {
    return new FindDuplicates(false, null, BAND_BUCKETS);
  }

  /** Whether documents that duplicate another stop here instead of going on to the NLP stages. */
  public FindDuplicates withDropDuplicates(boolean drop) {
    return new FindDuplicates(drop, joinShards, bandBuckets);
  }

  /**
   * How many coarse buckets each band's entries are grouped in ({@value #BAND_BUCKETS} unless set): the grouping
   * has at most this many keys a band, and a runner holds a bucket, a share of the run's documents, in memory whole.
   * The groups found are the same either way.
   */
  public FindDuplicates withBandBuckets(int buckets) {
    return new FindDuplicates(dropDuplicates, joinShards, buckets);
  }

  /**
   * Spreads the join of documents and their groups over this many shards instead of one group per document (the
   * default). A runner holds a group of the join in memory whole (Flink's batch translation, with the re-iterable
   * groups the job asks for; the DirectRunner, always), so a shard holds its share of the run's documents: with 64
   * shards, some 4,700 documents of 300,000; one group of 300,000 did not fit a 1 GB worker, which is what each of 64
   * shards holds at 19 million. One group per document holds one. The DirectRunner wants few, because it copies a key's whole group for every bundle that adds
   * to it, and each shard here is a bundle for every later grouping, while it holds every collection in memory anyway.
   * The groups found are the same either way.
   */
  public FindDuplicates withJoinShards(int shards) {
    return new FindDuplicates(dropDuplicates, shards, bandBuckets);
  }

  @Override
  public StageResult<Document> expand(PCollection<Document> documents) {
    if (joinShards != null && joinShards < 1) {
      throw new IllegalArgumentException("FindDuplicates needs at least one join shard, not " + joinShards);
    }
    if (bandBuckets < 1) {
      throw new IllegalArgumentException("FindDuplicates needs at least one bucket a band, not " + bandBuckets);
    }
    if (!(documents.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      throw new IllegalArgumentException("FindDuplicates compares a whole run, in the global window; got "
          + documents.getWindowingStrategy().getWindowFn());
    }
    PCollectionTuple sketched = documents.apply("Sketch",
        ParDo.of(new SketchFn()).withOutputTags(KEYED, TupleTagList.of(SKETCHES).and(FAILURES)));
    sketched.get(KEYED).setCoder(KvCoder.of(StringUtf8Coder.of(), PACKED_DOCUMENT));
    PCollection<Sketch> sketches = sketched.get(SKETCHES).setCoder(SketchCoder.of());
    sketched.get(FAILURES).setCoder(KutipCoders.deadLetter());

    // The band entries are cut from the sketches in a step of their own: a multi-output step's records cross to each
    // of its outputs' readers whole (on Flink's batch runner), and 41 keyed copies of every sketch beside the
    // document would triple that traffic.
    PCollection<KV<String, Packed<List<KV<String, Sketch>>>>> entries = sketches
        .apply("BandEntries", ParDo.of(new BandEntriesFn(bandBuckets)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), BAND_ENTRIES));

    PCollectionTuple matched = entries
        .apply("Buckets", GroupByKey.create())
        .apply("MatchBuckets", ParDo.of(new MatchBucketFn()).withOutputTags(EDGES, TupleTagList.of(NODES)));
    PCollection<KV<String, Sketch>> edges = matched.get(EDGES).setCoder(KEYED_SKETCH);
    PCollection<KV<String, Sketch>> nodes = matched.get(NODES).setCoder(KEYED_SKETCH);

    PCollection<KV<String, Sketch>> labels = components(nodes, edges, KEYED_SKETCH);
    PCollection<KV<String, KV<String, String>>> assignments = assign(nodes, labels, KEYED_SKETCH);

    PCollectionTuple annotated = joinShards == null
        ? annotate(sketched.get(KEYED), assignments, StringUtf8Coder.of(), new ByOwnKeyFn<>(), new ByOwnKeyFn<>())
        : annotate(sketched.get(KEYED), assignments, VarIntCoder.of(),
            new ShardFn<>(joinShards), new ShardFn<>(joinShards));
    annotated.get(DOCUMENTS).setCoder(KutipCoders.document());
    PCollectionTuple result = annotated.and(FAILURES, sketched.get(FAILURES));
    if (dropDuplicates) {
      annotated.get(DROPPED).setCoder(KutipCoders.document());
    } else {
      result = result.and(DROPPED,
          documents.getPipeline().apply("NothingSetAside", Create.empty(KutipCoders.document())));
    }
    return StageResult.of(result, DOCUMENTS, FAILURES, DROPPED);
  }

  /**
   * Joins each document with its group's assignment, if it has one, by a join key made from its key (the key itself,
   * or its shard), and marks it.
   */
  private <K> PCollectionTuple annotate(PCollection<KV<String, Packed<Document>>> documents,
      PCollection<KV<String, KV<String, String>>> assignments, Coder<K> joinKeyCoder,
      DoFn<KV<String, Packed<Document>>, KV<K, KV<String, Packed<Document>>>> documentJoinKey,
      DoFn<KV<String, KV<String, String>>, KV<K, KV<String, KV<String, String>>>> assignmentJoinKey) {
    TupleTag<KV<String, Packed<Document>>> docTag = new TupleTag<>() {};
    TupleTag<KV<String, KV<String, String>>> assignmentTag = new TupleTag<>() {};
    return KeyedPCollectionTuple
        .of(docTag, documents.apply("KeyDocumentsForJoin", ParDo.of(documentJoinKey))
            .setCoder(KvCoder.of(joinKeyCoder, KvCoder.of(StringUtf8Coder.of(), PACKED_DOCUMENT))))
        .and(assignmentTag, assignments.apply("KeyAssignmentsForJoin", ParDo.of(assignmentJoinKey))
            .setCoder(KvCoder.of(joinKeyCoder, assignmentCoder())))
        .apply("JoinAssignments", CoGroupByKey.create())
        // The step has a second output only when it drops duplicates. On Flink's batch translation a step with two
        // outputs writes its documents into one stream that each output's reader decodes whole; with one output the
        // documents go on to the next step in memory.
        .apply("Annotate", ParDo.of(new AnnotateFn<K>(docTag, assignmentTag, dropDuplicates))
            .withOutputTags(DOCUMENTS, dropDuplicates ? TupleTagList.of(DROPPED) : TupleTagList.empty()));
  }

  private static KvCoder<String, KV<String, String>> assignmentCoder() {
    return KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), NullableCoder.of(StringUtf8Coder.of())));
  }

  /** The label of every document with a duplicate: the smallest member (by id) reachable along the edges. */
  private static PCollection<KV<String, Sketch>> components(
      PCollection<KV<String, Sketch>> nodes, PCollection<KV<String, Sketch>> edges, KvCoder<String, Sketch> coder) {
    PCollection<KV<String, Sketch>> labels = PCollectionList.of(nodes).and(edges)
        .apply("NodesAndEdges", Flatten.pCollections())
        .apply("FirstLabels", Combine.perKey(new MinById()));
    for (int round = 1; round <= LABEL_ROUNDS; round++) {
      TupleTag<Sketch> labelTag = new TupleTag<>() {};
      TupleTag<Sketch> edgeTag = new TupleTag<>() {};
      labels = KeyedPCollectionTuple.of(labelTag, labels)
          .and(edgeTag, edges)
          .apply("JoinLabels" + round, CoGroupByKey.create())
          .apply("PassLabels" + round, ParDo.of(new PassLabelFn(labelTag, edgeTag)))
          .setCoder(coder)
          .apply("SmallestLabel" + round, Combine.perKey(new MinById()));
    }
    return labels;
  }

  /** Each member's cluster id and representative, by its key. */
  private static PCollection<KV<String, KV<String, String>>> assign(
      PCollection<KV<String, Sketch>> nodes, PCollection<KV<String, Sketch>> labels, KvCoder<String, Sketch> coder) {
    PCollection<KV<String, Sketch>> members = nodes.apply("OneEntryPerMember", Combine.perKey(new MinById()));
    TupleTag<Sketch> labelTag = new TupleTag<>() {};
    TupleTag<Sketch> memberTag = new TupleTag<>() {};
    return KeyedPCollectionTuple.of(labelTag, labels)
        .and(memberTag, members)
        .apply("JoinMembers", CoGroupByKey.create())
        .apply("ByCluster", ParDo.of(new ByClusterFn(labelTag, memberTag)))
        .setCoder(coder)
        .apply("Clusters", GroupByKey.create())
        .apply("AssignClusters", ParDo.of(new AssignFn()))
        .setCoder(assignmentCoder());
  }

  /**
   * Sketches a document: passes it on keyed by its key, and its sketch to {@link BandEntriesFn}. A failure is a dead
   * letter of this stage, and the document goes no further.
   */
  static final class SketchFn extends DoFn<Document, KV<String, Packed<Document>>> {
    private final Counter documents = Metrics.counter(Stages.DUPLICATES, "documents");
    private final Counter failed = Metrics.counter(Stages.DUPLICATES, "deadLetters");

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      Sketch sketch;
      try {
        sketch = Sketch.of(document);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        out.get(FAILURES).output(DeadLetters.failed(
            Stages.DUPLICATES, document.getSourceUri(), document.getDocId(), e, document.getText()));
        return;
      }
      documents.inc();
      out.get(KEYED).output(KV.of(Sketch.key(document), PACKED_DOCUMENT.pack(document)));
      out.get(SKETCHES).output(sketch);
    }
  }

  /** Sends a sketch's exact-text entry and its band entries to their buckets, in lists per bucket. */
  static final class BandEntriesFn extends DoFn<Sketch, KV<String, Packed<List<KV<String, Sketch>>>>> {
    private final int buckets;
    private transient KeyedBatches<String, KV<String, Sketch>> batches;

    BandEntriesFn(int buckets) {
      this.buckets = buckets;
    }

    @StartBundle
    public void startBundle() {
      batches = new KeyedBatches<>(ENTRY_BATCH, ENTRY_BATCHES_BUFFERED);
    }

    @ProcessElement
    public void process(@Element Sketch sketch, ProcessContext context) {
      BiConsumer<String, List<KV<String, Sketch>>> out =
          (bucket, list) -> context.output(KV.of(bucket, BAND_ENTRIES.pack(list)));
      add(EXACT_BAND, sketch.contentHash(), buckets, sketch, out);
      for (int band = 0; band < MinHash.BANDS; band++) {
        add("band" + band, MinHash.bandHash(sketch.signature(), band), buckets, sketch, out);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.flush((bucket, list) -> context.output(
          KV.of(bucket, BAND_ENTRIES.pack(list)), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }

    /** Keyed by band and coarse bucket; the band's own key travels in the value, for the match in the bucket. */
    private void add(String band, long hash, long buckets, Sketch sketch,
        BiConsumer<String, List<KV<String, Sketch>>> out) {
      batches.add(band + "/" + Math.floorMod(hash, buckets), KV.of(band + ":" + Long.toHexString(hash), sketch), out);
    }
  }

  /** Within a coarse bucket: documents by exact band key, then verified pairs as edges both ways. */
  static final class MatchBucketFn
      extends DoFn<KV<String, Iterable<Packed<List<KV<String, Sketch>>>>>, KV<String, Sketch>> {
    private final Counter pairs = Metrics.counter(Stages.DUPLICATES, "pairs");

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<Packed<List<KV<String, Sketch>>>>> bucket, MultiOutputReceiver out) {
      Map<String, List<Sketch>> bands = new TreeMap<>();
      for (Packed<List<KV<String, Sketch>>> list : bucket.getValue()) {
        for (KV<String, Sketch> entry : list.get()) {
          bands.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
      }
      for (List<Sketch> band : bands.values()) {
        if (band.size() > 1) {
          match(band, out);
        }
      }
    }

    private void match(List<Sketch> band, MultiOutputReceiver out) {
      band.sort(Sketch.BY_ID);
      // Exact copies are tied to the smallest of them: a star, not all their pairs.
      Map<Long, Sketch> firstCopy = new HashMap<>();
      List<Sketch> distinct = new ArrayList<>();
      for (Sketch sketch : band) {
        Sketch first = firstCopy.putIfAbsent(sketch.contentHash(), sketch);
        if (first == null) {
          distinct.add(sketch);
        } else if (!first.key().equals(sketch.key())) {
          edge(first, sketch, out);
        }
      }
      for (int i = 1; i < distinct.size(); i++) {
        for (int j = Math.max(0, i - MAX_BUCKET_COMPARISONS); j < i; j++) {
          if (NearDuplicates.areDuplicates(distinct.get(j), distinct.get(i))) {
            edge(distinct.get(j), distinct.get(i), out);
          }
        }
      }
    }

    private void edge(Sketch a, Sketch b, MultiOutputReceiver out) {
      pairs.inc();
      Sketch refA = a.withoutSignature();
      Sketch refB = b.withoutSignature();
      out.get(EDGES).output(KV.of(refA.key(), refB));
      out.get(EDGES).output(KV.of(refB.key(), refA));
      out.get(NODES).output(KV.of(refA.key(), refA));
      out.get(NODES).output(KV.of(refB.key(), refB));
    }
  }

  /** Sends a document's label to its neighbours, and keeps it. */
  static final class PassLabelFn extends DoFn<KV<String, CoGbkResult>, KV<String, Sketch>> {
    private final TupleTag<Sketch> labelTag;
    private final TupleTag<Sketch> edgeTag;

    PassLabelFn(TupleTag<Sketch> labelTag, TupleTag<Sketch> edgeTag) {
      this.labelTag = labelTag;
      this.edgeTag = edgeTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, Sketch>> out) {
      Sketch label = joined.getValue().getOnly(labelTag, null);
      if (label == null) {
        return;
      }
      out.output(KV.of(joined.getKey(), label));
      for (Sketch neighbour : joined.getValue().getAll(edgeTag)) {
        out.output(KV.of(neighbour.key(), label));
      }
    }
  }

  static final class ByClusterFn extends DoFn<KV<String, CoGbkResult>, KV<String, Sketch>> {
    private final TupleTag<Sketch> labelTag;
    private final TupleTag<Sketch> memberTag;

    ByClusterFn(TupleTag<Sketch> labelTag, TupleTag<Sketch> memberTag) {
      this.labelTag = labelTag;
      this.memberTag = memberTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, Sketch>> out) {
      Sketch label = joined.getValue().getOnly(labelTag, null);
      Sketch member = joined.getValue().getOnly(memberTag, null);
      if (label != null && member != null) {
        out.output(KV.of(label.key(), member));
      }
    }
  }

  static final class AssignFn extends DoFn<KV<String, Iterable<Sketch>>, KV<String, KV<String, String>>> {
    private final Counter groups = Metrics.counter(Stages.DUPLICATES, "groups");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Sketch>> cluster, OutputReceiver<KV<String, KV<String, String>>> out) {
      List<Sketch> members = new ArrayList<>();
      cluster.getValue().forEach(members::add);
      groups.inc();
      for (Map.Entry<String, NearDuplicates.Assignment> e : NearDuplicates.assign(members).entrySet()) {
        out.output(KV.of(e.getKey(), KV.of(e.getValue().clusterId(), e.getValue().duplicateOf())));
      }
    }
  }

  /** Keys a keyed value by its own key, for a join with one group per key. */
  static final class ByOwnKeyFn<V> extends DoFn<KV<String, V>, KV<String, KV<String, V>>> {
    @ProcessElement
    public void process(@Element KV<String, V> element, OutputReceiver<KV<String, KV<String, V>>> out) {
      out.output(KV.of(element.getKey(), element));
    }
  }

  /** Keys a keyed value by the shard of its key, for a join with few keys. */
  static final class ShardFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
    private final int shards;

    ShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<String, V> element, OutputReceiver<KV<Integer, KV<String, V>>> out) {
      out.output(KV.of(Math.floorMod(Shingles.hash64(element.getKey()), shards), element));
    }
  }

  /** Marks the documents of a join group (one document, or a shard's) with their groups. */
  static final class AnnotateFn<K> extends DoFn<KV<K, CoGbkResult>, Document> {
    private final TupleTag<KV<String, Packed<Document>>> docTag;
    private final TupleTag<KV<String, KV<String, String>>> assignmentTag;
    private final boolean dropDuplicates;
    private final Counter duplicates = Metrics.counter(Stages.DUPLICATES, "duplicates");
    private final Counter dropped = Metrics.counter(Stages.DUPLICATES, "dropped");

    AnnotateFn(TupleTag<KV<String, Packed<Document>>> docTag, TupleTag<KV<String, KV<String, String>>> assignmentTag,
        boolean dropDuplicates) {
      this.docTag = docTag;
      this.assignmentTag = assignmentTag;
      this.dropDuplicates = dropDuplicates;
    }

    @ProcessElement
    public void process(@Element KV<K, CoGbkResult> shard, MultiOutputReceiver out) {
      Map<String, KV<String, String>> assignments = new HashMap<>();
      for (KV<String, KV<String, String>> assignment : shard.getValue().getAll(assignmentTag)) {
        assignments.put(assignment.getKey(), assignment.getValue());
      }
      for (KV<String, Packed<Document>> keyed : shard.getValue().getAll(docTag)) {
        Document document = keyed.getValue().get();
        KV<String, String> assignment = assignments.get(keyed.getKey());
        if (assignment == null) {
          out.get(DOCUMENTS).output(document);
          continue;
        }
        Document marked = Document.newBuilder(document)
            .setClusterId(assignment.getKey())
            .setDuplicateOf(assignment.getValue())
            .build();
        if (marked.getDuplicateOf() != null) {
          duplicates.inc();
          if (dropDuplicates) {
            dropped.inc();
            out.get(DROPPED).output(marked);
            continue;
          }
        }
        out.get(DOCUMENTS).output(marked);
      }
    }
  }

  /** The smaller of two sketches by id: a labels' minimum, associative and commutative as a combiner must be. */
  static final class MinById extends Combine.BinaryCombineFn<Sketch> {
    @Override
    public Sketch apply(Sketch left, Sketch right) {
      return Sketch.BY_ID.compare(left, right) <= 0 ? left : right;
    }
  }
}
