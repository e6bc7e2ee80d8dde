package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.GlobalWindowOnly;
import id.kutip.common.KutipCoders;
import id.kutip.common.Packed;
import id.kutip.common.PipelineGraph;
import id.kutip.common.Stages;
import id.kutip.schema.Quote;
import id.kutip.schema.QuoteType;
import id.kutip.schema.Speaker;
import id.kutip.schema.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ClusterStatementsTest {
  private static Quote quote(String id, String doc, String text) {
    return Quote.newBuilder()
        .setQuoteId(id).setDocId(doc).setSourceUri("file:///" + doc).setText(text).setType(QuoteType.DIRECT)
        .setStart(0).setEnd(text.length())
        .setSpeaker(Speaker.newBuilder().setName("Joko Widodo").setKind(SpeakerKind.PERSON).build())
        .setSentenceIndex(0).setRule("direct-cue-after").setConfidence(0.9f)
        .build();
  }

  /**
   * A statement syndicated into 150 documents is one cluster named after its smallest quote id, and costs one edge
   * per copy and band, not one per pair (22,350 pairs, twice, in each of ten bands).
   */
  @Test
  void copiesOfAStatementInManyDocumentsAreOneClusterWithoutAnEdgePerPair(TestPipeline p) {
    assertCopiesAreOneCluster(p, ClusterStatements.create());
  }

  /** The DirectRunner's setting: two groups in every shuffle, the join included. Same clusters, same edges. */
  @Test
  void fixedBucketsGiveTheSameClusters(TestPipeline p) {
    assertCopiesAreOneCluster(p, ClusterStatements.create().withFixedBuckets(2));
  }

  /**
   * A runner holds a group in memory whole, so no bucket of band entries may hold more than a small share of the run's
   * entries, nor a group of the join a small share of its quotes: of 2,000 different statements' 20,000 entries, at
   * most a 500th (the default's 4,096 buckets hold about 5 each; 64 held about 310), and of the 2,000 quotes at most
   * a 400th (8,192 join groups; 1,024 held up to 10).
   */
  @Test
  void noBucketNorJoinGroupHoldsMoreThanASmallShareOfTheRun(TestPipeline p) {
    String[] words = ("pemerintah akan membangun jalan baru di kota desa pelabuhan sekolah rumah sakit pasar harga "
        + "beras naik turun tahun depan bulan lalu menteri gubernur warga petani nelayan banjir musim hujan kering")
        .split(" ");
    java.util.Random random = new java.util.Random(7);
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      quotes.add(quote(String.format("q%04d", i), String.format("d%04d", i), text.toString()));
    }
    p.apply(Create.of(quotes).withCoder(KutipCoders.quote())).apply(ClusterStatements.create());
    PCollection<KV<Integer, Iterable<Packed<List<KV<BandKey, Statement>>>>>> buckets =
        PipelineGraph.keyedOutputOf(p, "ClusterStatements/GroupBands");
    PAssert.that(buckets.apply(MapElements.into(TypeDescriptors.integers()).via(bucket -> {
      int entries = 0;
      for (Packed<List<KV<BandKey, Statement>>> list : bucket.getValue()) {
        entries += list.get().size();
      }
      return entries;
    }))).satisfies(sizes -> {
      int all = 0;
      int largest = 0;
      for (int size : sizes) {
        all += size;
        largest = Math.max(largest, size);
      }
      assertEquals(quotes.size() * StatementShingles.BANDS, all, "every quote's band entries");
      assertTrue(largest <= all / 500, "largest bucket " + largest + " of " + all);
      return null;
    });
    // The quotes' side of the join, in lists keyed by join group: summed per group, as the join would hold them.
    PCollection<KV<Integer, Packed<List<Quote>>>> byDocument =
        PipelineGraph.keyedOutputOf(p, "ClusterStatements/KeyQuotes", ClusterStatements.BY_DOCUMENT.getId());
    PAssert.that("quotes a join group", byDocument.apply("JoinGroupSizes", MapElements.into(TypeDescriptors.strings())
        .via(list -> list.getKey() + " " + list.getValue().get().size()))).satisfies(sizes -> {
      Map<String, Integer> groups = new java.util.TreeMap<>();
      for (String size : sizes) {
        String[] groupAndSize = size.split(" ");
        groups.merge(groupAndSize[0], Integer.parseInt(groupAndSize[1]), Integer::sum);
      }
      int largest = groups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertEquals(quotes.size(), groups.values().stream().mapToInt(Integer::intValue).sum(), "every quote");
      assertTrue(largest <= quotes.size() / 400, "largest join group " + largest + " of " + quotes.size());
      return null;
    });
    p.run().waitUntilFinish();
  }

  private static void assertCopiesAreOneCluster(TestPipeline p, ClusterStatements clustering) {
    String statement = "Bendungan ini akan mengurangi banjir di Jakarta sampai tiga puluh persen tahun depan";
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      quotes.add(quote(String.format("q%03d", i), String.format("d%03d", i), statement));
    }
    quotes.add(quote("q900", "d000", "Harga beras di pasar induk turun dua ribu rupiah sejak pekan lalu kata pedagang"));
    quotes.add(quote("q901", "d001", statement)); // said twice in d001: clustered with the other documents

    PCollection<Quote> clustered = p.apply(Create.of(quotes).withCoder(KutipCoders.quote()))
        .apply(clustering);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      expected.add(String.format("q%03d>q000", i));
    }
    expected.add("q900>q900");
    expected.add("q901>q000");
    PAssert.that(clustered.apply(MapElements.into(TypeDescriptors.strings())
        .via(q -> q.getQuoteId() + ">" + q.getStatementClusterId()))).containsInAnyOrder(expected);
    PipelineResult result = p.run();
    result.waitUntilFinish();

    long edges = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Stages.QUOTES, "statementEdges")).build()).getCounters()) {
      edges += counter.getAttempted();
    }
    assertTrue(edges > 0 && edges <= 151L * StatementShingles.BANDS, "edges: " + edges);
  }

  /**
   * 150 quotes in one bucket are 1,500 band entries, which leave the band step as three lists of at most
   * {@value ClusterStatements#BAND_BATCH}, not as 1,500 records.
   */
  @Test
  void bandEntriesLeaveInListsPerBucket(TestPipeline p) {
    String statement = "Bendungan ini akan mengurangi banjir di Jakarta sampai tiga puluh persen tahun depan";
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      quotes.add(quote(String.format("q%03d", i), String.format("d%03d", i), statement));
    }
    // One element, its list flattened in the step before: the quotes reach the step in one bundle, whose end sends
    // the lists, however the DirectRunner would split 150 created elements.
    PCollectionTuple keyed = p
        .apply(Create.of(List.<List<Quote>>of(quotes)).withCoder(ListCoder.of(KutipCoders.quote())))
        .apply(FlatMapElements.into(new TypeDescriptor<Quote>() {}).via(list -> list))
        .setCoder(KutipCoders.quote())
        .apply(ParDo.of(new ClusterStatements.KeyQuotesFn(1, 1))
            .withOutputTags(ClusterStatements.BAND_LISTS, TupleTagList.of(ClusterStatements.BY_DOCUMENT)));
    keyed.get(ClusterStatements.BY_DOCUMENT).setCoder(ClusterStatements.quoteListCoder());
    PCollection<String> lists = keyed.get(ClusterStatements.BAND_LISTS)
        .setCoder(ClusterStatements.bandListCoder())
        .apply(MapElements.into(TypeDescriptors.strings())
            .via(list -> list.getKey() + ":" + list.getValue().get().size()));
    PAssert.that(lists).satisfies(sizes -> {
      int entries = 0;
      int count = 0;
      for (String size : sizes) {
        assertTrue(size.startsWith("0:"), size);
        int n = Integer.parseInt(size.substring(2));
        assertTrue(n >= 1 && n <= ClusterStatements.BAND_BATCH, size);
        entries += n;
        count++;
      }
      assertEquals(150 * StatementShingles.BANDS, entries);
      assertEquals((150 * StatementShingles.BANDS + ClusterStatements.BAND_BATCH - 1) / ClusterStatements.BAND_BATCH,
          count, "full lists, and one for the rest");
      return null;
    });
    p.run().waitUntilFinish();
  }

  /**
   * The quotes go to the join in lists per join group too: 250 quotes of one group leave the keying step as lists of
   * at most {@value ClusterStatements#QUOTE_BATCH}, each quote once.
   */
  @Test
  void quotesLeaveForTheJoinInListsPerJoinGroup(TestPipeline p) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      quotes.add(quote(String.format("q%03d", i), String.format("d%03d", i), "Terima kasih " + i));
    }
    PCollectionTuple keyed = p.apply(Create.of(quotes).withCoder(KutipCoders.quote()))
        .apply(ParDo.of(new ClusterStatements.KeyQuotesFn(1, 1))
            .withOutputTags(ClusterStatements.BAND_LISTS, TupleTagList.of(ClusterStatements.BY_DOCUMENT)));
    keyed.get(ClusterStatements.BAND_LISTS).setCoder(ClusterStatements.bandListCoder());
    PCollection<String> lists = keyed.get(ClusterStatements.BY_DOCUMENT)
        .setCoder(ClusterStatements.quoteListCoder())
        .apply(MapElements.into(TypeDescriptors.strings())
            .via(list -> list.getKey() + ":"
                + String.join(",", list.getValue().get().stream().map(Quote::getQuoteId).toList())));
    PAssert.that(lists).satisfies(sent -> {
      List<String> ids = new ArrayList<>();
      int count = 0;
      for (String list : sent) {
        assertTrue(list.startsWith("0:"), list);
        List<String> members = List.of(list.substring(2).split(","));
        assertTrue(members.size() <= ClusterStatements.QUOTE_BATCH, members.size() + " quotes");
        ids.addAll(members);
        count++;
      }
      assertEquals(quotes.stream().map(Quote::getQuoteId).sorted().toList(), ids.stream().sorted().toList());
      assertTrue(count < 250, count + " lists");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void quotesInWindowsOtherThanTheGlobalOneAreRefused(TestPipeline p) {
    GlobalWindowOnly.assertRefusesOtherWindows(p, KutipCoders.quote(), ClusterStatements.create());
  }

  /**
   * Random variants of a few statements, over many documents, with a statement copied into 250 (an oversized band):
   * the clusters are those of every band taken on its own, in the default join groups, with three band buckets, and in fixed buckets.
   */
  @Test
  void clustersAreThoseOfEveryBandOnItsOwn(TestPipeline p) {
    List<String[]> raw = StatementClustersReference.randomQuotes(7L, 600, 250);
    Map<String, String> expected = StatementClustersReference.clusters(raw);
    List<Quote> quotes = raw.stream().map(q -> quote(q[0], q[1], q[2])).toList();
    List<String> expectedPairs = expected.entrySet().stream().map(e -> e.getKey() + ">" + e.getValue()).toList();
    assertTrue(expected.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count() > 300,
        "the sample must link many quotes");
    Map<String, ClusterStatements> settings = Map.of("default", ClusterStatements.create(),
        "threeBandBuckets", ClusterStatements.create().withBuckets(3),
        "fixed", ClusterStatements.create().withFixedBuckets(2));
    for (Map.Entry<String, ClusterStatements> setting : settings.entrySet()) {
      String name = setting.getKey();
      PCollection<Quote> clustered = p.apply("Quotes " + name, Create.of(quotes).withCoder(KutipCoders.quote()))
          .apply("Cluster " + name, setting.getValue());
      PAssert.that(name, clustered.apply("Pairs " + name, MapElements.into(TypeDescriptors.strings())
          .via(q -> q.getQuoteId() + ">" + q.getStatementClusterId()))).containsInAnyOrder(expectedPairs);
    }
    p.run().waitUntilFinish();
  }

  @Test
  void aDocumentsQuotesAndEdgesShareAJoinGroupOfAFixedNumber() {
    for (String doc : List.of("kompas-7", "detik-12", "", "x")) {
      for (int groups : new int[] {8, ClusterStatements.JOIN_GROUPS}) {
        int key = ClusterStatements.joinKey(doc, groups);
        assertTrue(key >= 0 && key < groups, doc + ": " + key);
        assertEquals(Math.floorMod(doc.hashCode(), groups), key);
      }
    }
  }
}
