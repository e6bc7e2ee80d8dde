package id.kutip.pipeline;

import id.kutip.common.DocumentOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class KutipPipelineTest {
  @TempDir Path tmp;

  private KutipOptions options(String input, Path output) {
    KutipOptions options = PipelineOptionsFactory.as(KutipOptions.class);
    options.setInput(input);
    options.setOutput(output.toString());
    return options;
  }

  @Test
  void seedsGiveDocumentsAndBlinkensQuote(TestPipeline pipeline) {
    KutipPipeline.Outputs out = KutipPipeline.build(pipeline, options(Samples.SEEDS + "/*.txt", tmp.resolve("out")));

    PAssert.that(out.documents().apply("DocumentIds", MapElements.into(TypeDescriptors.strings()).via((DocumentOutcome o) -> o.document().getDocId())))
        .containsInAnyOrder("000_1d128b8a72a659a6", "001_89c0883bc15e735a", "002_d65872ee167d278c",
            "003_fd31fc262f50746d", "004_15935d9836ddeded");
    PAssert.that(out.deadLetters()).empty();
    PAssert.that(out.quotes()).satisfies(quotes -> {
      Quote saya = StreamSupport.stream(quotes.spliterator(), false)
          .filter(q -> q.getDocId().equals("000_1d128b8a72a659a6") && q.getText().startsWith("Saya memberi tahu menteri"))
          .findFirst().orElseThrow(() -> new AssertionError("the Blinken quote of seed 000 is missing"));
      assertEquals("Antony Blinken", saya.getSpeaker().getName());
      assertEquals("kata", saya.getCue());
      assertEquals("DIRECT", saya.getType().name());
      return null;
    });
    PAssert.that(out.documents()).satisfies(docs -> {
      for (DocumentOutcome d : docs) {
        assertOffsetsInside(d.document());
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  /**
   * On Flink the job pipelines every exchange (RunnerDefaults): a step that reads a side input fed by an upstream
   * step of its main input would wait for the side input while that step waits for it to read its main input, a
   * deadlock. So no step of the job reads a side input that shares an upstream step with its main input, in either
   * handling of duplicates. (Beam's file writes read their results as a side input beside a main input of their
   * own, which is safe.)
   */
  @Test
  void noStepReadsASideInputFedFromItsMainInputsUpstream() {
    for (boolean drop : new boolean[] {false, true}) {
      for (Integer shuffleKeys : new Integer[] {null, 8}) {
        KutipOptions options = options(Samples.SEEDS + "/*.txt", tmp.resolve("out"));
        options.setDropDuplicates(drop);
        options.setShuffleKeys(shuffleKeys);
        Pipeline pipeline = Pipeline.create(options);
        KutipPipeline.build(pipeline, options);
        assertEquals(List.of(), stepsWithASideInputFromTheirOwnUpstream(pipeline),
            "dropDuplicates=" + drop + ", shuffleKeys=" + shuffleKeys);
      }
    }
  }

  @Test
  void aSideInputFedFromTheMainInputsUpstreamIsFound() {
    Pipeline pipeline = Pipeline.create();
    PCollection<String> words = pipeline.apply(Create.of("a", "b"));
    PCollectionView<Long> count =
        words.apply(Count.globally()).apply(View.asSingleton());
    DoFn<String, String> sized = new DoFn<String, String>() {
      @ProcessElement
      public void process(ProcessContext c) {
        c.output(c.element() + c.sideInput(count));
      }
    };
    words.apply("Sized", ParDo.of(sized).withSideInputs(count));
    assertEquals(List.of("Sized/ParMultiDo(Anonymous)"), stepsWithASideInputFromTheirOwnUpstream(pipeline));
  }

  /** The primitive steps whose side inputs and main inputs have an upstream step in common. */
  private static List<String> stepsWithASideInputFromTheirOwnUpstream(Pipeline pipeline) {
    Map<PValue, Set<String>> upstream = new HashMap<>();
    List<String> found = new ArrayList<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        Set<PValue> sides =
            new HashSet<>(node.getTransform().getAdditionalInputs().values());
        Set<String> main = new HashSet<>();
        Set<String> side = new HashSet<>();
        node.getInputs().values().forEach(in ->
            (sides.contains(in) ? side : main).addAll(upstream.getOrDefault(in, Set.of())));
        if (!sides.isEmpty() && !Collections.disjoint(main, side)) {
          found.add(node.getFullName());
        }
        Set<String> all = new HashSet<>(main);
        all.addAll(side);
        all.add(node.getFullName());
        node.getOutputs().values().forEach(out -> upstream.put(out, all));
      }
    });
    return found;
  }

  private static void assertOffsetsInside(Document d) {
    int n = d.getText().length();
    d.getSentences().forEach(s -> assertTrue(0 <= s.getStart() && s.getStart() < s.getEnd() && s.getEnd() <= n));
    d.getEntities().forEach(e -> assertEquals(e.getText(), d.getText().substring(e.getStart(), e.getEnd())));
  }

  @Test
  void badInputsBecomeDeadLettersWhileTheOtherDocumentsAreWritten(TestPipeline pipeline) throws Exception {
    Path in = tmp.resolve("in");
    Samples.writeMixedInputs(in);
    KutipPipeline.Outputs out = KutipPipeline.build(pipeline, options(in + "/*", tmp.resolve("out")));

    PAssert.thatSingleton(out.documents().apply("CountDocuments", Count.globally())).isEqualTo(7L);
    PCollection<String> reasons = out.deadLetters().apply("DeadLetterKeys",
        MapElements.into(TypeDescriptors.strings()).via(d -> d.getStage() + ":" + d.getReason() + ":" + name(d)));
    PAssert.that(reasons).containsInAnyOrder(
        "ReadDumps:malformed-json:scrape.jsonl#line=3", "ReadDumps:empty:empty.txt", "ReadDumps:binary-content:noise.txt");
    pipeline.run().waitUntilFinish();
  }

  private static String name(DeadLetter d) {
    String uri = d.getSourceUri();
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  @Test
  void quoteOffsetsPointAtTheQuotedTextInTheWrittenDocuments() throws Exception {
    Path out = tmp.resolve("written");
    KutipPipeline.run(options(Samples.SEEDS + "/*.txt", out)).waitUntilFinish();

    List<Document> documents = AvroFiles.read(out.resolve("documents"), Document.class);
    List<Quote> quotes = AvroFiles.read(out.resolve("quotes"), Quote.class);
    assertEquals(5, documents.size());
    assertTrue(quotes.size() > 30, "quotes: " + quotes.size());
    var texts = documents.stream().collect(Collectors.toMap(Document::getDocId, Document::getText));
    for (Quote q : quotes) {
      String text = texts.get(q.getDocId());
      assertEquals(q.getText(), text.substring(q.getStart(), q.getEnd()), q.getQuoteId());
      if (q.getSpeaker().getMentionStart() != null) {
        assertEquals(q.getSpeaker().getMention(),
            text.substring(q.getSpeaker().getMentionStart(), q.getSpeaker().getMentionEnd()));
      }
    }
    assertTrue(AvroFiles.read(out.resolve("dead-letter"), DeadLetter.class).isEmpty());

    // Seeds 000 (Tempo) and 003 carry the same Reuters statement: one statement cluster, two documents.
    List<Quote> kita = quotes.stream().filter(q -> q.getText().startsWith("Kita harus terus meminta Rusia")).toList();
    assertEquals(List.of("000_1d128b8a72a659a6", "003_fd31fc262f50746d"),
        kita.stream().map(Quote::getDocId).sorted().toList());
    assertEquals(kita.get(0).getStatementClusterId(), kita.get(1).getStatementClusterId());
    String smallest = kita.stream().map(Quote::getQuoteId).sorted().findFirst().orElseThrow();
    assertEquals(smallest, kita.get(0).getStatementClusterId());
    long statements = quotes.stream().map(Quote::getStatementClusterId).distinct().count();
    assertTrue(statements < quotes.size() && statements > quotes.size() / 2, statements + " statements");
    // A relay is recorded apart from the speaker.
    Quote bbc = quotes.stream().filter(q -> q.getText().equals("Mereka bicara sambil jalan")).findFirst().orElseThrow();
    assertEquals("BBC", bbc.getVia());
  }
}
