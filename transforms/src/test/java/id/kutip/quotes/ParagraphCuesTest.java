package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ParagraphCuesTest {
  private static final QuoteLexicons LEXICONS = QuoteLexicons.bundled();

  /** What the reader asked of the lexicons, list by list, before one lookup gave all four answers. */
  private static int byLists(String lower) {
    int kinds = 0;
    kinds |= LEXICONS.cues().isBeforeCue(lower) ? ParagraphCues.BEFORE : 0;
    kinds |= lower.equals("menurut") || lower.equals("menurutnya") ? ParagraphCues.MENURUT : 0;
    kinds |= LEXICONS.cues().afterCue(lower) != null ? ParagraphCues.AFTER : 0;
    kinds |= LEXICONS.passiveCues().contains(lower) ? ParagraphCues.PASSIVE : 0;
    return kinds;
  }

  @Test
  void givesEachListsAnswerForEveryWordOfTheIdnewsArticlesAndTheLists() throws IOException {
    Set<String> words = new TreeSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of("../src/samples/idnews/articles.jsonl.gz"))),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        for (String word : line.split("[^\\p{L}\\p{N}'’-]+")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (Set<String> list : java.util.List.of(LEXICONS.cues().before, LEXICONS.cues().after, LEXICONS.passiveCues())) {
      for (String word : list) {
        words.add(word);
        words.add(word + "nya");
        words.add(word.substring(1));
        words.add("nya");
      }
    }
    int cues = 0;
    for (String word : words) {
      assertEquals(byLists(word), LEXICONS.paragraphCues().of(word), word);
      cues += byLists(word) != 0 ? 1 : 0;
    }
    assertTrue(cues > 50, cues + " cue words");
    assertEquals(ParagraphCues.AFTER, LEXICONS.paragraphCues().of("katanya"));
    assertEquals(ParagraphCues.MENURUT, LEXICONS.paragraphCues().of("menurutnya"));
    assertEquals(0, LEXICONS.paragraphCues().of("Kata"), "the words are asked about in lower case");
  }
}
