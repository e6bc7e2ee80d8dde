package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
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

    PAssert.that(out.documents().apply("DocumentIds", MapElements.into(TypeDescriptors.strings()).via(Document::getDocId)))
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
      for (Document d : docs) {
        assertOffsetsInside(d);
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
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
