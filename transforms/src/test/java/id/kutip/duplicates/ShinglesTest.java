package id.kutip.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass words and string-free shingle hashes give what the regex split and joined strings gave. */
class ShinglesTest {
  private static final String[] PIECES = {"Menteri", "berkata", " ", "  ", ",", ".", "\"", "“", "”", "\n\n", "2025",
    "Rp1.000", "negara-negara", "COVID-19", "é", "e\u0301" /* e and a combining acute: NFKC composes it */, "ﬁ" /* NFKC: fi */,
    "①" /* No */, "Ⅻ" /* Nl */, "٣" /* Nd */, "\uD835\uDC00" /* 𝐀, NFKC: A */, "\uD83D\uDE00" /* emoji */, "İ", "ß", "_",
    "—", "'", "ʰ" /* Lm */, "中文", "\u200B"};

  @Test
  void cutsTheWordsTheRegexSplitCut() {
    Random random = new Random(20261203L);
    for (int n = 0; n < 50_000; n++) {
      String text = randomText(random);
      assertEquals(regexWords(text), Shingles.words(text), () -> "in `" + text + "`");
    }
  }

  @Test
  void hashesTheShinglesAsTheirJoinedStrings() {
    Random random = new Random(20261204L);
    for (int n = 0; n < 20_000; n++) {
      List<String> words = Shingles.words(randomText(random));
      assertArrayEquals(joinedHashes(words), Shingles.hashes(words), () -> "words " + words);
    }
    assertEquals(0, Shingles.hashes(List.of()).length);
    assertEquals(1, Shingles.hashes(List.of("satu", "dua")).length, "fewer than three words are one shingle");
    assertEquals(Shingles.hash64("satu dua"), Shingles.hashes(List.of("satu", "dua"))[0]);
  }

  @Test
  void hashesTheSameTextTheSameWhateverItsMarks() {
    List<String> words = Shingles.words("Menteri itu berkata, \"Kami siap.\"");
    assertEquals(List.of("menteri", "itu", "berkata", "kami", "siap"), words);
    assertArrayEquals(Shingles.hashes(Shingles.words("menteri itu berkata kami siap")), Shingles.hashes(words));
    assertEquals(Shingles.hash64("menteri itu berkata kami siap"), Shingles.contentHash(words));
    assertEquals(2, Shingles.hashes(Shingles.words("satu dua tiga empat")).length);
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(12); k >= 0; k--) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** The words as they were cut before: a regex split of the normalised, lower-cased text. */
  private static List<String> regexWords(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The hashes as they were computed before: each shingle's words joined by a space, then hashed. */
  private static long[] joinedHashes(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - Shingles.WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + Shingles.WORDS)));
      long hash = 0xcbf29ce484222325L;
      for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
      hashes[i] = MinHash.mix(hash);
    }
    return hashes;
  }
}
