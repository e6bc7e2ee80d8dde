package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.entities.EntityTagger;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.sentences.SentenceSplitter;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stage around {@link QuoteAttributor}: its limit on quote length. */
@ExtendWith(TestPipelineExtension.class)
class AttributeQuotesTest {
  private static final String SHORT = "Kami akan terus memantau pasar.";
  private static final String LONG = "Pemerintah sudah menyiapkan anggaran untuk pelabuhan, jalan, dan sekolah di "
      + "seluruh provinsi selama lima tahun ke depan.";

  private static Document document() {
    String text = "\"" + SHORT + "\" kata Ariston Tjendra.\n\n\"" + LONG + "\" kata Sri Mulyani.";
    return Document.newBuilder().setDocId("d1").setSourceUri("file:///in/d1.txt").setText(text)
        .setSentences(SentenceSplitter.shared().split(text))
        .setEntities(EntityTagger.load(List.of()).tag(text))
        .build();
  }

  @Test
  void aQuoteOverTheLimitIsADeadLetterAndTheOthersAreKept(TestPipeline p) {
    int limit = LONG.length() - 1;
    StageResult<Quote> result = p.apply(Create.of(document()).withCoder(KutipCoders.document()))
        .apply(AttributeQuotes.create().withMaxQuoteLength(limit));

    PAssert.that(result.output()).satisfies(quotes -> {
      List<String> texts = new java.util.ArrayList<>();
      quotes.forEach(q -> texts.add(q.getText() + " / " + q.getSpeaker().getName()));
      assertEquals(List.of(SHORT + " / Ariston Tjendra"), texts);
      return null;
    });
    PAssert.that(result.failures()).satisfies(deadLetters -> {
      List<DeadLetter> all = new java.util.ArrayList<>();
      deadLetters.forEach(all::add);
      assertEquals(1, all.size());
      DeadLetter d = all.get(0);
      assertEquals("AttributeQuotes", d.getStage());
      assertEquals("quote-too-long", d.getReason());
      assertEquals("d1", d.getDocId());
      assertTrue(d.getError().contains("over the limit of " + limit + " (--maxQuoteLength)"), d.getError());
      assertEquals(LONG, d.getExcerpt(), "the quote itself, to find it again");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void aLimitThatIsNotPositiveIsRefusedWhenThePipelineIsBuilt(TestPipeline p) {
    var documents = p.apply(Create.of(document()).withCoder(KutipCoders.document()));
    assertThrows(IllegalArgumentException.class, () -> documents.apply(AttributeQuotes.create().withMaxQuoteLength(0)));
    p.enableAbandonedNodeEnforcement(false);
  }

  /**
   * On the one stream of the stages before: the same quotes and dead letters as on the documents alone, the earlier
   * stages' dead letters handed on untouched, and one source URI for each document read.
   */
  @Test
  void onOutcomesReadsTheDocumentsAndHandsOnTheEarlierDeadLetters(TestPipeline p) {
    int limit = LONG.length() - 1;
    Document second = Document.newBuilder(document()).setDocId("d2").setSourceUri("file:///in/d2.txt").build();
    DeadLetter earlier = id.kutip.common.DeadLetters.failed("SplitSentences", "file:///in/d3.txt", "d3",
        new id.kutip.common.RejectedInputException("too-many-sentences", "over the limit"), "text of d3");
    org.apache.beam.sdk.values.PCollectionTuple out = p.apply(Create.of(
            id.kutip.common.DocumentOutcome.of(document()), id.kutip.common.DocumentOutcome.failed(earlier),
            id.kutip.common.DocumentOutcome.of(second))
            .withCoder(id.kutip.common.DocumentOutcome.coder()))
        .apply(AttributeQuotes.create().withMaxQuoteLength(limit).onOutcomes());

    PAssert.that(out.get(AttributeQuotes.QUOTES)).satisfies(quotes -> {
      List<String> texts = new java.util.ArrayList<>();
      quotes.forEach(q -> texts.add(q.getDocId() + " " + q.getText()));
      java.util.Collections.sort(texts);
      assertEquals(List.of("d1 " + SHORT, "d2 " + SHORT), texts);
      return null;
    });
    PAssert.that(out.get(AttributeQuotes.TALLIES)).satisfies(tallies -> {
      List<String> all = new java.util.ArrayList<>();
      tallies.forEach(t -> all.add(t.isWritten() ? "written " + t.writtenSourceUri()
          : t.deadLetter().getDocId() + " " + t.deadLetter().getStage() + " " + t.deadLetter().getReason()));
      java.util.Collections.sort(all);
      assertEquals(List.of("d1 AttributeQuotes quote-too-long", "d2 AttributeQuotes quote-too-long",
          "d3 SplitSentences too-many-sentences", "written file:///in/d1.txt", "written file:///in/d2.txt"), all);
      return null;
    });
    PAssert.that(out.get(AttributeQuotes.TALLIES)
        .apply("EarlierDeadLetters", id.kutip.common.Tally.deadLetters("AttributeQuotes", false)))
        .containsInAnyOrder(earlier);
    p.run().waitUntilFinish();
  }
}
