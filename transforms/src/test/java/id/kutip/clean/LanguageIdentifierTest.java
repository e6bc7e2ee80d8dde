package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier languages = LanguageIdentifier.bundled();

  @Test
  void indonesianNewsIsIndonesian() throws Exception {
    for (SeedBodies.Gold gold : SeedBodies.load().values()) {
      assertEquals("id", languages.identify(String.join("\n\n", gold.body())), gold.doc());
    }
  }

  @Test
  void englishIsToldApart() {
    assertEquals("en", languages.identify("Indonesia's central bank held its benchmark rate on Wednesday, saying "
        + "that inflation was within its target range and that the rupiah had been stable since the start of the year."));
  }

  @Test
  void malayIsToldApartFromIndonesian() {
    String malay = "Polis berkata mangsa dibawa ke hospital selepas kemalangan itu kerana kecederaan parah. "
        + "Jurucakap syarikat itu berkata bahawa semua pekerja telah dipindahkan, iaitu seramai 40 orang, "
        + "dan kerajaan negeri akan memberi bantuan wang kepada keluarga mangsa.";
    String indonesian = "Polisi mengatakan korban dibawa ke rumah sakit setelah kecelakaan itu karena luka parah. "
        + "Juru bicara perusahaan itu mengatakan bahwa semua pekerja telah dipindahkan, yaitu sebanyak 40 orang, "
        + "dan pemerintah provinsi akan memberi bantuan uang kepada keluarga korban.";
    assertEquals("ms", languages.identify(malay));
    assertEquals("id", languages.identify(indonesian));
  }

  @Test
  void namesAndNumbersAloneAreUndetermined() {
    assertNull(languages.identify("Persib Bandung 2 - 1 Arema Cronus, Samsul Arif 34', Purwaka Yudi 78'"));
  }

  @Test
  void decidesAsCountingEachListByRegexSplitDoes() {
    // The one-lookup-per-word scanner against the way it was written first: split on non-letters, four lookups.
    List<Set<String>> lists = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>(List.of("İstanbul", "ÇAĞ", "naïve", "𝒜bc", "x", "42", "Jakarta"));
    for (String file : List.of("id-ms.txt", "id.txt", "ms.txt", "en.txt")) {
      Set<String> words = new HashSet<>();
      for (String w : ResourceLists.names(LineRules.FOLDER + "language/" + file)) {
        words.add(w.toLowerCase(Locale.ROOT));
        vocabulary.add(w);
        vocabulary.add(w.toUpperCase(Locale.ROOT));
      }
      lists.add(words);
    }
    List<String> separators = List.of(" ", ", ", ". ", "\n", "-", "'", "\u0307", "\u200B", "9", "");
    Random random = new Random(42);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        text.append(vocabulary.get(random.nextInt(vocabulary.size())))
            .append(separators.get(random.nextInt(separators.size())));
      }
      assertEquals(byRegexSplit(text.toString(), lists), languages.identify(text.toString()), text.toString());
    }
  }

  private static String byRegexSplit(String text, List<Set<String>> lists) {
    int words = 0;
    int[] hits = new int[4];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      for (int l = 0; l < 4; l++) {
        hits[l] += lists.get(l).contains(word) ? 1 : 0;
      }
    }
    int malayIndonesian = hits[0] + Math.max(hits[1], hits[2]);
    int best = Math.max(malayIndonesian, hits[3]);
    if (best < LanguageIdentifier.MIN_HITS || best < LanguageIdentifier.MIN_SHARE * words) {
      return null;
    }
    if (hits[3] > malayIndonesian) {
      return LanguageIdentifier.ENGLISH;
    }
    return hits[2] >= LanguageIdentifier.MIN_MALAY_MARKERS && hits[2] > hits[1]
        ? LanguageIdentifier.MALAY : LanguageIdentifier.INDONESIAN;
  }
}
