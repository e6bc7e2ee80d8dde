package id.kutip.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.GlobalWindowOnly;
import id.kutip.common.KutipCoders;
import id.kutip.common.Packed;
import id.kutip.common.PipelineGraph;
import id.kutip.common.StageResult;
import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class FindDuplicatesTest {
  /** doc id -> "cluster_id/duplicate_of" for the documents that have a group. */
  private static Map<String, String> groups(Iterable<Document> documents) {
    Map<String, String> groups = new TreeMap<>();
    for (Document d : documents) {
      if (d.getClusterId() != null) {
        groups.put(d.getDocId(), d.getClusterId() + "/" + d.getDuplicateOf());
      }
    }
    return groups;
  }

  /** The same map computed in memory by comparing every pair: what the banded, grouped transform must find. */
  private static Map<String, String> reference(List<Document> documents) {
    Map<String, String> groups = new TreeMap<>();
    for (List<Sketch> group : NearDuplicates.groupsInMemory(documents.stream().map(Sketch::of).toList())) {
      Map<String, NearDuplicates.Assignment> assigned = NearDuplicates.assign(group);
      for (Sketch member : group) {
        NearDuplicates.Assignment a = assigned.get(member.key());
        groups.put(member.docId(), a.clusterId() + "/" + a.duplicateOf());
      }
    }
    return groups;
  }

  @Test
  void theRunsGroupsAreThoseOfComparingEveryPair(TestPipeline p) throws Exception {
    assertGroupsOfEveryPair(p, FindDuplicates.create());
  }

  /** The DirectRunner's setting: one shard for the join of documents and groups. Same groups. */
  @Test
  void oneJoinShardFindsTheSameGroups(TestPipeline p) throws Exception {
    assertGroupsOfEveryPair(p, FindDuplicates.create().withJoinShards(1));
  }

  @Test
  void noJoinShardsOrNoBandBucketsIsRefusedWhenTheStageIsApplied(TestPipeline p) {
    PCollection<Document> none = p.apply(Create.empty(KutipCoders.document()));
    IllegalArgumentException shards = assertThrows(IllegalArgumentException.class,
        () -> none.apply("NoShards", FindDuplicates.create().withJoinShards(0)));
    assertTrue(shards.getMessage().contains("join shard"), shards.getMessage());
    IllegalArgumentException buckets = assertThrows(IllegalArgumentException.class,
        () -> none.apply("NoBuckets", FindDuplicates.create().withBandBuckets(0)));
    assertTrue(buckets.getMessage().contains("bucket a band"), buckets.getMessage());
    p.enableAbandonedNodeEnforcement(false);
  }

  /** One bucket a band rather than the default's twenty: the same groups. */
  @Test
  void oneOrManyBucketsABandFindTheSameGroups(TestPipeline p) throws Exception {
    assertGroupsOfEveryPair(p, FindDuplicates.create().withBandBuckets(1));
  }

  /**
   * 40 sketches are 40 x 42 band entries; with one bucket a band they leave as a list per band, not 1,680 records. The
   * sketches reach the step in one bundle (one element, its list flattened in the step before), since the lists are
   * sent at the end of a bundle: how the DirectRunner would split 40 created elements into bundles varies.
   */
  @Test
  void bandEntriesLeaveInListsPerBucket(TestPipeline p) {
    List<Sketch> sketches = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sketches.add(Sketch.of(Document.newBuilder().setDocId("d" + i).setSourceUri("file:///d/" + i)
          .setText("Berita nomor " + i + " tentang banjir di kota " + i + " dan pengungsi yang kembali pulang.")
          .build()));
    }
    PCollection<Sketch> input = p
        .apply(Create.of(List.<List<Sketch>>of(sketches)).withCoder(ListCoder.of(SketchCoder.of())))
        .apply(FlatMapElements.into(new TypeDescriptor<Sketch>() {}).via(list -> list))
        .setCoder(SketchCoder.of());
    PCollection<String> lists = input
        .apply(ParDo.of(new FindDuplicates.BandEntriesFn(1)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), FindDuplicates.BAND_ENTRIES))
        .apply(MapElements.into(TypeDescriptors.strings())
            .via(list -> list.getKey() + " " + list.getValue().get().size()));
    PAssert.that(lists).satisfies(sizes -> {
      Map<String, Integer> entries = new TreeMap<>();
      int records = 0;
      for (String size : sizes) {
        String[] bucketAndSize = size.split(" ");
        entries.merge(bucketAndSize[0], Integer.parseInt(bucketAndSize[1]), Integer::sum);
        records++;
      }
      assertEquals(MinHash.BANDS + 1, entries.size(), "one bucket for each band and one for exact copies");
      entries.values().forEach(n -> assertEquals(40, n));
      assertEquals(MinHash.BANDS + 1, records, "one list a bucket");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void documentsInWindowsOtherThanTheGlobalOneAreRefused(TestPipeline p) {
    GlobalWindowOnly.assertRefusesOtherWindows(p, KutipCoders.document(), FindDuplicates.create());
  }

  private static void assertGroupsOfEveryPair(TestPipeline p, FindDuplicates findDuplicates) throws Exception {
    List<Document> documents = CleanedSamples.seedsAndIdnews();
    Map<String, String> expected = reference(documents);
    // Checked by hand: the seeds' Reuters story (Tempo and another outlet), a Sindonews article published under two
    // URLs and titles with the same text, and a Tempo article republished with small edits. No other pair among
    // the 416 idnews articles.
    assertEquals(new TreeSet<>(List.of("000_1d128b8a72a659a6", "003_fd31fc262f50746d", "indonews-0248",
        "indonews-0251", "indonews-0306", "indonews-0308")), expected.keySet());
    assertEquals("000_1d128b8a72a659a6/null", expected.get("000_1d128b8a72a659a6"));
    assertEquals("000_1d128b8a72a659a6/000_1d128b8a72a659a6", expected.get("003_fd31fc262f50746d"),
        "the dated Tempo copy represents the undated one");

    StageResult<Document> found = p.apply(Create.of(documents).withCoder(KutipCoders.document()))
        .apply(findDuplicates);

    PAssert.that(found.output()).satisfies(output -> {
      assertEquals(expected, groups(output));
      return null;
    });
    PAssert.thatSingleton(found.output().apply(Count.globally())).isEqualTo((long) documents.size());
    PAssert.that(found.failures()).empty();
    PAssert.that(found.setAside()).empty();
    assertEquals(1, outputsOfAnnotate(p), "a stage that keeps its duplicates annotates them in a step of one output");
    p.run().waitUntilFinish();
  }

  /**
   * How many outputs the step that marks the documents with their groups has: each output beyond the first makes
   * Flink's batch runner decode every document once more (see FindDuplicates#expand).
   */
  private static int outputsOfAnnotate(TestPipeline p) {
    int[] outputs = {-1};
    p.traverseTopologically(new org.apache.beam.sdk.Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(org.apache.beam.sdk.runners.TransformHierarchy.Node node) {
        if (node.getFullName().equals("FindDuplicates/Annotate")) {
          outputs[0] = node.getOutputs().size();
        }
      }
    });
    return outputs[0];
  }

  /**
   * A runner holds a group of the join of documents and their assignments in memory whole, so by default each group
   * is one document (its own key), and only the DirectRunner's setting spreads them over a few shards.
   */
  @Test
  void theJoinOfDocumentsAndTheirGroupsHasAGroupPerDocumentUnlessSharded(TestPipeline p) throws Exception {
    List<Document> documents = CleanedSamples.seedsAndIdnews();
    PCollection<Document> input = p.apply(Create.of(documents).withCoder(KutipCoders.document()));
    input.apply("ByDocument", FindDuplicates.create());
    input.apply("Sharded", FindDuplicates.create().withJoinShards(4));

    PAssert.that(joinKeysOf(p, "ByDocument")).satisfies(keys -> {
      List<String> all = new ArrayList<>();
      keys.forEach(all::add);
      assertEquals(documents.size(), all.size(), "a join key for each document");
      assertEquals(documents.size(), new TreeSet<>(all).size(), "no two documents in one group");
      assertEquals(documents.stream().map(Document::getSourceUri).collect(Collectors.toSet()),
          new TreeSet<>(all), "each document's own key, none shared");
      return null;
    });
    PAssert.that(joinKeysOf(p, "Sharded")).satisfies(keys -> {
      TreeSet<String> distinct = new TreeSet<>();
      keys.forEach(distinct::add);
      assertEquals(new TreeSet<>(List.of("0", "1", "2", "3")), distinct, "four shards, each with documents");
      return null;
    });
    p.run().waitUntilFinish();
  }

  /** The keys the documents are joined with their groups by, as text, in the stage applied under {@code name}. */
  private static PCollection<String> joinKeysOf(TestPipeline p, String name) {
    PCollection<KV<Object, Object>> keyed = PipelineGraph.keyedOutputOf(p, name + "/KeyDocumentsForJoin/");
    return keyed.apply(name + "JoinKeys",
        MapElements.into(TypeDescriptors.strings()).via((KV<Object, Object> kv) -> String.valueOf(kv.getKey())));
  }

  /**
   * A runner holds a bucket of band entries in memory whole, so no bucket may hold more than a small share of the
   * run's documents: with the 421 sample documents, a bucket of a band holds at most 10 (the default's 256 buckets a
   * band; 20 buckets held about 21 each).
   */
  @Test
  void noBucketOfABandHoldsMoreThanASmallShareOfTheDocuments(TestPipeline p) throws Exception {
    List<Document> documents = CleanedSamples.seedsAndIdnews();
    p.apply(Create.of(documents).withCoder(KutipCoders.document())).apply(FindDuplicates.create());
    // The lists the band step sends, keyed by the bucket they are grouped in: summed per bucket here rather than read
    // from the grouping itself, which the DirectRunner would pay for per bucket.
    PCollection<KV<String, Packed<List<KV<String, Sketch>>>>> lists =
        PipelineGraph.keyedOutputOf(p, "FindDuplicates/BandEntries/");
    PAssert.that(lists.apply(MapElements.into(TypeDescriptors.strings())
        .via(list -> list.getKey() + " " + list.getValue().get().size()))).satisfies(sizes -> {
      Map<String, Integer> buckets = new TreeMap<>();
      for (String size : sizes) {
        String[] bucketAndSize = size.split(" ");
        buckets.merge(bucketAndSize[0], Integer.parseInt(bucketAndSize[1]), Integer::sum);
      }
      int largest = buckets.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertEquals(documents.size() * (MinHash.BANDS + 1), buckets.values().stream().mapToInt(Integer::intValue).sum(),
          "every band entry, and its exact-text entry");
      assertTrue(largest <= documents.size() / 40, "largest bucket " + largest);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void manyCopiesMakeOneGroupAndDroppedCopiesLeaveTheOutput(TestPipeline p) {
    // More near copies than a bucket compares with each other, and exact copies of one of them: one group still,
    // through the label rounds.
    List<Document> documents = new ArrayList<>();
    String story = "Pemerintah mengumumkan kebijakan baru untuk pelabuhan dan nelayan di pesisir utara Jawa hari ini. "
        + "Menurut menteri, aturan itu mulai berlaku bulan depan setelah dibahas bersama pemerintah daerah dan "
        + "asosiasi nelayan yang selama ini mengeluhkan biaya tambat kapal di pelabuhan kecil.";
    int copies = FindDuplicates.MAX_BUCKET_COMPARISONS + 10;
    for (int i = 0; i < copies; i++) {
      documents.add(Document.newBuilder().setDocId(String.format("copy-%03d", i)).setSourceUri("file:///d/" + i)
          .setText(story + " Kode " + (char) ('a' + i / 26) + (char) ('a' + i % 26) + ".").build());
    }
    for (int i = 0; i < 3; i++) {
      documents.add(Document.newBuilder(documents.get(7)).setDocId("exact-" + i).setSourceUri("file:///d/exact-" + i)
          .build());
    }
    documents.add(Document.newBuilder().setDocId("other").setSourceUri("file:///d/other")
        .setText("Sebuah cerita yang sama sekali lain tentang pertandingan sepak bola di Bandung.").build());

    StageResult<Document> kept = p.apply(Create.of(documents).withCoder(KutipCoders.document()))
        .apply(FindDuplicates.create().withDropDuplicates(true));

    PAssert.that(kept.output()).satisfies(output -> {
      Map<String, String> groups = groups(output);
      assertEquals(Map.of("copy-000", "copy-000/null"), groups, "only the representative of the copies is left");
      return null;
    });
    PAssert.thatSingleton(kept.output().apply("CountKept", Count.globally())).isEqualTo(2L);
    // The dropped copies are set aside, so that the run can account for each of them.
    PAssert.thatSingleton(kept.setAside().apply("CountSetAside", Count.globally()))
        .isEqualTo((long) documents.size() - 2);
    PAssert.that(kept.failures()).empty();
    assertEquals(2, outputsOfAnnotate(p), "the documents kept and those set aside");
    p.run().waitUntilFinish();
  }
}
