package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A paragraph is kept once, and one that is another paragraph glued to what follows it is dropped. */
class RepeatedParagraphsTest {
  private static final String OPENING = "Presiden Joko Widodo meninjau pembangunan bendungan di Bogor";

  private static List<String> kept(String... paragraphs) {
    List<Paragraph> in = new ArrayList<>();
    for (String text : paragraphs) {
      in.add(new Paragraph(text, false));
    }
    return RepeatedParagraphs.keepOnce(in).stream().map(Paragraph::text).toList();
  }

  @Test
  void keepsTheFirstOfParagraphsRepeatedWhateverTheirSpacing() {
    assertEquals(List.of(OPENING + ".", "Lain."), kept(OPENING + ".", "Lain.", OPENING.replace(" ", "  ") + "."));
  }

  @Test
  void dropsAParagraphGluedToWhatFollowsIt() {
    String glued = OPENING + ". Ia mengatakan proyek itu selesai tahun depan.";
    assertEquals(List.of(OPENING + ".", "Lain."), kept(glued, OPENING + ".", "Lain."));
    // Two paragraphs that share their first 40 chars but neither starts with the other are both kept.
    String other = OPENING + " dan Bekasi.";
    assertEquals(List.of(OPENING + ".", other), kept(OPENING + ".", other));
    // A short paragraph is not taken for the start of a longer one.
    assertEquals(List.of("Jakarta.", "Jakarta. Hujan turun."), kept("Jakarta.", "Jakarta. Hujan turun."));
  }

  @Test
  void findsAPrefixThatOtherParagraphsSortBetween() {
    // Sorted without spaces: the opening, then "...BogorX..." (X sorts before lower case), then "...Bogordan...".
    String between = OPENING + "X berikutnya.";
    String later = OPENING + " dan Bekasi pada Senin.";
    assertEquals(List.of(OPENING), kept(between, OPENING, later));
  }

  /** Random paragraphs that mostly start alike: the same paragraphs kept as comparing every pair would keep. */
  @Test
  void keepsWhatComparingEveryPairKeeps() {
    String[] pieces = {"a", "b", " ", "ab", "Bogor", "."};
    Random random = new Random(20261204L);
    for (int run = 0; run < 2_000; run++) {
      List<String> texts = new ArrayList<>();
      for (int p = random.nextInt(12); p >= 0; p--) {
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : OPENING);
        for (int k = random.nextInt(5); k > 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        texts.add(text.toString());
      }
      assertEquals(everyPair(texts), kept(texts.toArray(String[]::new)), texts.toString());
    }
  }

  /** The rule compared pair by pair: first occurrences, then those not starting with another (both long enough). */
  private static List<String> everyPair(List<String> texts) {
    List<String> unique = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String text : texts) {
      if (seen.add(ParagraphScore.spaceless(text))) {
        unique.add(text);
      }
    }
    List<String> kept = new ArrayList<>();
    for (String text : unique) {
      String key = ParagraphScore.spaceless(text);
      boolean glued = false;
      for (String other : unique) {
        String prefix = ParagraphScore.spaceless(other);
        glued |= prefix.length() >= RepeatedParagraphs.MIN_PREFIX_CHARS && prefix.length() < key.length()
            && key.startsWith(prefix);
      }
      if (!glued) {
        kept.add(text);
      }
    }
    return kept;
  }
}
