package id.kutip.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  private static GoldQuote gold(String quote, String speaker, String... aliases) {
    return new GoldQuote("d", "direct", quote, speaker, "person", List.of(aliases), "kata");
  }

  @Test
  void wordsAreLowerCasedWithoutPunctuationOrQuoteMarks() {
    assertEquals(List.of("kami", "siap", "negara-negara", "g20"), QuoteScorer.words("“Kami siap,” -negara-negara- G20."));
  }

  @Test
  void diceOfHalfOrMoreMatchesOneToOne() {
    List<GoldQuote> g = List.of(gold("kami siap berdialog dengan rusia", "Antony Blinken", "Blinken"));
    List<PredictedQuote> p = List.of(
        new PredictedQuote("d", "kami siap berdialog", "direct", List.of("Antony Blinken"), "kata"),
        new PredictedQuote("d", "kami siap berdialog dengan", "direct", List.of("Blinken"), "kata"));
    QuoteScorer.Result r = QuoteScorer.score(g, p, null);
    assertEquals(1.0, r.all().spanR());
    assertEquals(0.5, r.all().spanP(), "the second prediction is spurious: a gold quote matches once");
    assertEquals(1.0, r.all().speakerAccuracy());
  }

  @Test
  void speakerRules() {
    GoldQuote g = gold("x", "Antony Blinken", "Blinken", "Menlu AS");
    assertTrue(QuoteScorer.speakerRight(List.of("Blinken"), g));
    assertTrue(QuoteScorer.speakerRight(List.of("Menlu AS Antony Blinken"), g), "contains all words of one");
    assertFalse(QuoteScorer.speakerRight(List.of("Antony"), g), "one word in common is not enough");
    assertTrue(QuoteScorer.speakerRight(List.of("Sergei Lavrov", "Blinken"), g), "name or mention");
    assertFalse(QuoteScorer.speakerRight(List.of("Sergei Lavrov"), g));
  }

  @Test
  void optionalCuesAreNeitherMissedNorSpurious() {
    List<GoldQuote> g = List.of(new GoldQuote("d", "indirect", "rusia mau terlibat", "X", "person", List.of(), "berharap"));
    List<PredictedQuote> p = List.of(new PredictedQuote("d", "cuaca cerah", "indirect", List.of("Y"), "yakin"));
    QuoteScorer.Result r = QuoteScorer.score(g, p, null);
    assertEquals(0, r.all().gold());
    assertEquals(0, r.all().pred());
  }
}
