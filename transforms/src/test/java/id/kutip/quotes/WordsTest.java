package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
  /** What the attributor matched words with before {@link Words}. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*+");

  private static List<String> byRegex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + ":" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> byWords(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Words w = new Words(text, from, to);
    while (w.find()) {
      out.add(w.start() + ":" + w.end() + ":" + w.group());
    }
    return out;
  }

  @Test
  void findsTheWordsOfAnIndonesianSentence() {
    String text = "“Kami—sudah siap,” kata Jokowi di Jl. Sudirman-Thamrin, Rp10.000 ’90-an, ku’ingat.";
    assertEquals(List.of("Kami", "sudah", "siap", "kata", "Jokowi", "di", "Jl", "Sudirman-Thamrin", "Rp10", "000",
        "90-an", "ku’ingat"), byWords(text, 0, text.length()).stream().map(s -> s.split(":", 3)[2]).toList());
  }

  @Test
  void findsWhatTheRegexFoundOnRandomTextAndRegions() {
    String[] pieces = {"a", "Z", "é", "Ö", "ß", "ı", "İ", "5", "٣", "Ⅻ", "½", "²", "'", "’", "-", "‑", " ", ",", ".",
        "\"", "“", "_", "\u0301", "\u200b", "𝐀", "😀", "中", "ـ", "\n", "\ud835", "\udc00"};
    Random random = new Random(20261204L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertEquals(byRegex(text, from, to), byWords(text, from, to), text + " [" + from + ", " + to + ")");
    }
  }
}
