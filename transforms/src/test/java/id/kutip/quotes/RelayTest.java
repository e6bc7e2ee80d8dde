package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A relay is tried only where the text holds a word it needs, and it never matches without one. */
class RelayTest {
  private static final List<Relay> RELAYS = Relay.bundled();

  /** Every match of every relay in the samples and gold texts holds one of the relay's words, in any case. */
  @Test
  void noRelayMatchesATextWithoutAWordItNeeds() throws IOException {
    int[] matches = new int[RELAYS.size()];
    for (String text : texts()) {
      for (String variant : List.of(text, text.toUpperCase(Locale.ROOT))) {
        for (int r = 0; r < RELAYS.size(); r++) {
          Relay relay = RELAYS.get(r);
          Matcher m = relay.pattern().matcher(variant);
          while (m.find()) {
            matches[r]++;
            String matched = m.group().toLowerCase(Locale.ROOT);
            assertTrue(relay.needs().stream().anyMatch(matched::contains), relay + " matched " + m.group());
            assertTrue(relay.mayMatch(variant.toLowerCase(Locale.ROOT)));
          }
        }
      }
    }
    // The samples hold relays of the first three kinds: the check above is not empty.
    for (int r = 0; r < 3; r++) {
      assertTrue(matches[r] > 0, RELAYS.get(r) + " matched nothing in the samples");
    }
  }

  /** Each relay's examples (the file's note column) are found, and a sentence without its words is not tried. */
  @Test
  void eachRelaysExamplesAreFoundAndOtherSentencesSkipped() {
    List<String[]> rows = WordLists.rows(Relay.BUNDLED);
    assertEquals(RELAYS.size(), rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Relay relay = RELAYS.get(r);
      assertFalse(relay.needs().isEmpty(), relay.toString());
      for (String example : rows.get(r)[2].split(";")) {
        String sentence = "Ia berbicara, " + example.strip() + ", Senin.";
        assertTrue(relay.pattern().matcher(sentence).find(), relay + " on " + sentence);
        assertTrue(relay.mayMatch(sentence.toLowerCase(Locale.ROOT)), relay + " on " + sentence);
      }
      assertFalse(relay.mayMatch("\"kami siap,\" kata menteri di jakarta, senin."), relay.toString());
    }
  }

  @Test
  void aRowNeedsLowerCaseWords() {
    assertThrows(IllegalArgumentException.class, () -> Relay.of(new String[] {"x(y)", "Dikutip", "note"}));
    assertThrows(IllegalArgumentException.class, () -> Relay.of(new String[] {"x(y)"}));
    assertTrue(Relay.of(new String[] {"x(y)", "", "note"}).mayMatch("anything"));
  }

  /** The idnews articles' texts, the seeds and the gold sets' files, each whole. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of("../src/samples/idnews/articles.jsonl.gz"))),
        StandardCharsets.UTF_8))) {
      in.lines().forEach(texts::add);
    }
    for (String folder : List.of("../src/samples/seeds", "../src/gold")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
