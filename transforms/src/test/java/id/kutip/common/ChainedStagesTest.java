package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kutip.entities.TagEntities;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.sentences.SplitSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ChainedStagesTest {
  private static Document document(String id, String text) {
    return Document.newBuilder().setDocId(id).setSourceUri("file:///in/" + id + ".txt").setText(text).build();
  }

  private static List<Document> documents() {
    return List.of(
        document("a", "Menteri Luar Negeri AS Antony Blinken tiba di Jakarta. Dia bertemu Presiden Joko Widodo."),
        document("b", "Harga beras naik. Kata pedagang di Pasar Minggu, stok menipis. Harga naik lagi. Dan lagi."),
        document("c", "\"Kami siap,\" kata Mikdar kepada wartawan di Bintan, Kepulauan Riau."),
        document("fails-second", "Ini kalimat yang gagal di tahap kedua."));
  }

  /** A stage that fails on one document, to see where a failure of a later stage goes. */
  private static final class FailingStage implements DocumentStage {
    @Override
    public DocumentFn fn() {
      return new FailingFn();
    }
  }

  private static final class FailingFn extends DocumentFn {
    FailingFn() {
      super("FailingStage", new TupleTag<>() {}, new TupleTag<>() {});
    }

    @Override
    protected Document apply(Document document) {
      if (document.getDocId().startsWith("fails")) {
        throw new RejectedInputException("test-failure", "fails on purpose");
      }
      return Document.newBuilder(document).setTitle("seen").build();
    }
  }

  /** A stage whose core throws an Error, which no stage turns into a dead letter. */
  private static final class BrokenFn extends DocumentFn {
    BrokenFn() {
      super("Broken", new TupleTag<>() {}, new TupleTag<>() {});
    }

    @Override
    protected Document apply(Document document) {
      throw new AssertionError("a broken stage");
    }
  }

  private static List<String> describe(Iterable<Document> documents) {
    TreeSet<String> out = new TreeSet<>();
    documents.forEach(d -> out.add(d.toString()));
    return List.copyOf(out);
  }

  private static List<String> describeDeadLetters(Iterable<DeadLetter> deadLetters) {
    TreeSet<String> out = new TreeSet<>();
    deadLetters.forEach(d -> out.add(d.getDocId() + " " + d.getStage() + " " + d.getReason() + " " + d.getError()));
    return List.copyOf(out);
  }

  /** The same documents and dead letters as the stages applied one after the other, and each stage's counters. */
  @Test
  void givesWhatTheStagesGiveOneAfterTheOther(TestPipeline p) {
    givesWhatTheStagesGiveOneAfterTheOther(p, false);
  }

  /**
   * The same with the later stages on a thread of their own: their counters still count (Beam's counters belong to
   * the thread that runs the step, and the hand-off lends them to its own thread).
   */
  @Test
  void givesWhatTheStagesGiveOneAfterTheOtherWhenTheLaterStagesAreHandedOff(TestPipeline p) {
    givesWhatTheStagesGiveOneAfterTheOther(p, true);
  }

  private void givesWhatTheStagesGiveOneAfterTheOther(TestPipeline p, boolean handOff) {
    PCollection<Document> input = p.apply(Create.of(documents()).withCoder(KutipCoders.document()));
    PCollection<DocumentOutcome> chained = input.apply("Chained", ChainedStages.of(
        SplitSentences.create().withMaxSentences(3), TagEntities.create(), new FailingStage()).withHandOff(handOff));
    StageResult<Document> split = input.apply("Split", SplitSentences.create().withMaxSentences(3));
    StageResult<Document> tagged = split.output().apply("Tag", TagEntities.create());

    PAssert.that(tagged.output()).satisfies(documents -> {
      assertEquals(List.of("a", "c", "fails-second"), describe(documents).stream()
          .map(s -> s.replaceAll(".*\"doc_id\": \"([\\w-]+)\".*", "$1")).toList());
      return null;
    });
    PAssert.that(documentsOf(chained)).satisfies(documents -> {
      assertEquals(List.of("a", "c"), describe(documents).stream().map(s -> s.replaceAll(".*\"doc_id\": \"(\\w+)\".*", "$1"))
          .toList());
      return null;
    });
    PAssert.that(deadLetters(chained)).satisfies(deadLetters -> {
      assertEquals(List.of(
          "b SplitSentences too-many-sentences 4 sentences, over the limit of 3 (--maxSentences)",
          "fails-second FailingStage test-failure fails on purpose"), describeDeadLetters(deadLetters));
      return null;
    });
    PipelineResult result = p.run();
    result.waitUntilFinish();
    // Counters are per stage, whichever step runs it: here the chain and the two stages apply SplitSentences
    // and TagEntities to the same four documents.
    assertEquals(1L + 1L, counter(result, "SplitSentences", "deadLetters"));
    assertEquals(3L + 3L, counter(result, "SplitSentences", "documents"));
    assertEquals(3L + 3L, counter(result, "TagEntities", "documents"));
    assertEquals(2L, counter(result, "FailingStage", "documents"));
    assertEquals(1L, counter(result, "FailingStage", "deadLetters"));
  }

  /** Each document of the chain against the two stages one after the other, field for field. */
  @Test
  void eachDocumentIsTheOneTheSeparateStagesGive(TestPipeline p) {
    PCollection<Document> input = p.apply(Create.of(documents()).withCoder(KutipCoders.document()));
    PCollection<DocumentOutcome> chained = input.apply("Chained", ChainedStages.of(
        SplitSentences.create(), TagEntities.create()));
    StageResult<Document> tagged = input.apply("Split", SplitSentences.create()).output()
        .apply("Tag", TagEntities.create());
    PCollection<String> both = org.apache.beam.sdk.values.PCollectionList
        .of(documentsOf(chained).apply("DescribeChained", org.apache.beam.sdk.transforms.MapElements
            .into(org.apache.beam.sdk.values.TypeDescriptors.strings()).via(d -> "chained " + d)))
        .and(tagged.output().apply("DescribeSeparate", org.apache.beam.sdk.transforms.MapElements
            .into(org.apache.beam.sdk.values.TypeDescriptors.strings()).via(d -> "separate " + d)))
        .apply(org.apache.beam.sdk.transforms.Flatten.pCollections());
    PAssert.that(both).satisfies(all -> {
      TreeSet<String> chainedDocs = new TreeSet<>();
      TreeSet<String> separateDocs = new TreeSet<>();
      all.forEach(s -> (s.startsWith("chained ") ? chainedDocs : separateDocs).add(s.substring(s.indexOf(' ') + 1)));
      assertEquals(4, chainedDocs.size());
      assertEquals(separateDocs, chainedDocs);
      assertEquals(true, chainedDocs.stream().anyMatch(d -> d.contains("\"entities\": [{")),
          "entities were found, so that the comparison says something");
      return null;
    });
    PAssert.that(deadLetters(chained)).empty();
    p.run().waitUntilFinish();
  }

  /**
   * Many more documents than may wait for the later stages, some failing in the first stage and some in a later one:
   * the same outcomes, field for field, as without the hand-off.
   */
  @Test
  void handingOffGivesTheSameOutcomesForMoreDocumentsThanMayWait(TestPipeline p) {
    List<Document> many = new ArrayList<>();
    for (int i = 0; i < 3 * ChainedStages.HandOffChainFn.IN_FLIGHT; i++) {
      Document template = documents().get(i % documents().size());
      many.add(Document.newBuilder(template).setDocId(template.getDocId() + "-" + i)
          .setSourceUri(template.getSourceUri() + "#" + i).build());
    }
    PCollection<Document> input = p.apply(Create.of(many).withCoder(KutipCoders.document()));
    PCollection<String> handedOff = describe(input.apply("HandedOff", ChainedStages.of(
        SplitSentences.create().withMaxSentences(3), TagEntities.create(), new FailingStage()).withHandOff(true)),
        "handed-off ");
    PCollection<String> inTurn = describe(input.apply("InTurn", ChainedStages.of(
        SplitSentences.create().withMaxSentences(3), TagEntities.create(), new FailingStage())), "in-turn ");
    PCollection<String> both = org.apache.beam.sdk.values.PCollectionList.of(handedOff).and(inTurn)
        .apply(org.apache.beam.sdk.transforms.Flatten.pCollections());
    PAssert.that(both).satisfies(all -> {
      List<String> handed = new ArrayList<>();
      List<String> turn = new ArrayList<>();
      all.forEach(s -> (s.startsWith("handed-off ") ? handed : turn).add(s.substring(s.indexOf(' ') + 1)));
      handed.sort(null);
      turn.sort(null);
      assertEquals(many.size(), handed.size());
      assertEquals(turn, handed);
      assertEquals(true, handed.stream().anyMatch(o -> o.startsWith("dead SplitSentences")), "a first-stage failure");
      assertEquals(true, handed.stream().anyMatch(o -> o.startsWith("dead FailingStage")), "a later failure");
      assertEquals(true, handed.stream().anyMatch(o -> o.contains("\"entities\": [{")), "entities found");
      return null;
    });
    p.run().waitUntilFinish();
  }

  /** The step waits for the first waiting document when too many documents, or too much text, wait. */
  @Test
  void documentsWaitUpToACountAndASizeOfText() {
    long limit = ChainedStages.HandOffChainFn.CHARS_IN_FLIGHT;
    int count = ChainedStages.HandOffChainFn.IN_FLIGHT;
    assertEquals(false, ChainedStages.HandOffChainFn.full(count, limit));
    assertEquals(true, ChainedStages.HandOffChainFn.full(count + 1, 0));
    assertEquals(true, ChainedStages.HandOffChainFn.full(1, limit + 1), "one document near the size limit waits alone");
  }

  /** An Error in a later stage is not a dead letter: it fails the run, as it would in the calling thread. */
  @Test
  void anErrorInAHandedOffStageFailsTheRun(TestPipeline p) {
    PCollection<Document> input = p.apply(Create.of(documents()).withCoder(KutipCoders.document()));
    input.apply(ChainedStages.of(SplitSentences.create(), BrokenFn::new).withHandOff(true));
    Throwable thrown = assertThrows(Throwable.class, () -> p.run().waitUntilFinish());
    boolean found = false;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      found |= "a broken stage".equals(t.getMessage());
    }
    assertEquals(true, found, thrown.toString());
  }

  /** Each outcome as one line: the document, or "dead", the stage, the reason and the document's id. */
  private static PCollection<String> describe(PCollection<DocumentOutcome> outcomes, String prefix) {
    return outcomes.apply("Describe" + prefix.trim(), org.apache.beam.sdk.transforms.MapElements
        .into(org.apache.beam.sdk.values.TypeDescriptors.strings())
        .via((DocumentOutcome o) -> prefix + (o.isDocument() ? o.document().toString()
            : "dead " + o.deadLetter().getStage() + " " + o.deadLetter().getReason() + " " + o.deadLetter().getDocId())));
  }

  @Test
  void anOutcomeIsADocumentOrADeadLetterAndCodesAsOne() throws Exception {
    Document document = documents().get(0);
    DeadLetter deadLetter = DeadLetters.failed("SplitSentences", "file:///in/x.txt", "x",
        new RejectedInputException("too-many-sentences", "over"), "teks");
    org.apache.beam.sdk.testing.CoderProperties.coderDecodeEncodeEqual(DocumentOutcome.coder(),
        DocumentOutcome.of(document));
    org.apache.beam.sdk.testing.CoderProperties.coderDecodeEncodeEqual(DocumentOutcome.coder(),
        DocumentOutcome.failed(deadLetter));
    org.apache.beam.sdk.testing.CoderProperties.coderSerializable(DocumentOutcome.coder());
    assertThrows(NullPointerException.class, () -> DocumentOutcome.of(null));
    assertThrows(NullPointerException.class, () -> DocumentOutcome.failed(null));
    assertThrows(org.apache.beam.sdk.coders.CoderException.class,
        () -> DocumentOutcome.coder().decode(new java.io.ByteArrayInputStream(new byte[] {7})));
  }

  @Test
  void aBadSettingFailsWhenThePipelineIsBuilt(TestPipeline p) {
    PCollection<Document> input = p.apply(Create.of(documents()).withCoder(KutipCoders.document()));
    assertThrows(IllegalArgumentException.class,
        () -> input.apply(ChainedStages.of(SplitSentences.create().withMaxSentences(0), TagEntities.create())));
    assertThrows(IllegalArgumentException.class, () -> input.apply("None", ChainedStages.of()));
    p.enableAbandonedNodeEnforcement(false);
  }

  /** The documents of a stream of outcomes, as DocumentOutcome.documents() keeps them, decoded. */
  private static PCollection<Document> documentsOf(PCollection<DocumentOutcome> outcomes) {
    return outcomes.apply("ChainedDocuments", DocumentOutcome.documents())
        .apply("DecodeChained", org.apache.beam.sdk.transforms.MapElements
            .into(org.apache.beam.sdk.values.TypeDescriptor.of(Document.class)).via(DocumentOutcome::document))
        .setCoder(KutipCoders.document());
  }

  /** The dead letters of a stream of outcomes. */
  private static PCollection<DeadLetter> deadLetters(PCollection<DocumentOutcome> outcomes) {
    return outcomes.apply("DeadLetters", org.apache.beam.sdk.transforms.FlatMapElements
            .into(org.apache.beam.sdk.values.TypeDescriptor.of(DeadLetter.class))
            .via((DocumentOutcome o) -> o.isDocument() ? List.<DeadLetter>of() : List.of(o.deadLetter())))
        .setCoder(KutipCoders.deadLetter());
  }

  private static long counter(PipelineResult result, String stage, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(stage, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
