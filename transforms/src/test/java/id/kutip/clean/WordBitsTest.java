package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class WordBitsTest {
  @Test
  void looksUpARegionOfAText() {
    WordBits bits = new WordBits(Map.of("yang", 1, "bahawa", 4, "the", 8));
    String text = "bahwa yang bahawa theory the";
    assertEquals(0, bits.get(text, 0, 5));
    assertEquals(1, bits.get(text, 6, 10));
    assertEquals(4, bits.get(text, 11, 17));
    assertEquals(0, bits.get(text, 18, 24), "a word that starts with a listed word is another word");
    assertEquals(8, bits.get(text, 18, 21));
    assertEquals(8, bits.get(text, 25, 28));
    assertEquals(0, bits.get(text, 3, 3));
    assertEquals(8, bits.get("the"));
    assertThrows(IllegalArgumentException.class, () -> new WordBits(Map.of("x", 0)));
  }

  /** The language lists' bits of every word of the idnews articles, and of random words, as a map gives them. */
  @Test
  void agreesWithAMapOnTheLanguageListsAndEveryWordOfTheIdnewsArticles() throws IOException {
    Map<String, Integer> lists = LanguageIdentifier.lists();
    WordBits bits = new WordBits(lists);
    int known = 0;
    int words = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of("../src/samples/idnews/articles.jsonl.gz"))),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String lower = line.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}+").matcher(lower);
        while (word.find()) {
          int expected = lists.getOrDefault(word.group(), 0);
          assertEquals(expected, bits.get(lower, word.start(), word.end()), word.group());
          known += expected != 0 ? 1 : 0;
          words++;
        }
      }
    }
    assertEquals(true, known > words / 5, known + " of " + words + " words on a list");
    for (String word : lists.keySet()) {
      assertEquals(lists.get(word), bits.get("  " + word + " ", 2, 2 + word.length()));
    }
    SplittableRandom random = new SplittableRandom(3);
    Map<String, Integer> randomWords = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      randomWords.put(Long.toString(random.nextLong(0, 1_000_000), 36), random.nextInt(1, 16));
    }
    WordBits randomBits = new WordBits(randomWords);
    for (int i = 0; i < 20_000; i++) {
      String word = Long.toString(random.nextLong(0, 1_000_000), 36);
      assertEquals(randomWords.getOrDefault(word, 0), randomBits.get("x" + word, 1, 1 + word.length()), word);
    }
  }
}
