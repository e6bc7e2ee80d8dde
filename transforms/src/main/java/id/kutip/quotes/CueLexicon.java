package id.kutip.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cue words ({@code cues.tsv}) and speaker pronouns ({@code pronouns.tsv}) of reported speech. */
final class CueLexicon {
  static final String CUES = "/id/kutip/quotes/cues.tsv";
  static final String PRONOUNS = "/id/kutip/quotes/pronouns.tsv";

  /** Cues that follow a direct quote: {@code kata}, {@code ujar}, ... */
  final Set<String> after = new HashSet<>();
  /** Verbs that follow their speaker: {@code mengatakan}, {@code menegaskan}, ... */
  final Set<String> before = new HashSet<>();
  /** Pronoun phrase (lower case) to what it refers to: {@code person} or {@code anonymous}. */
  final Map<String, String> pronouns = new HashMap<>();

  static CueLexicon bundled() {
    CueLexicon lexicon = new CueLexicon();
    for (String[] row : rows(CUES)) {
      (row[1].equals("after") ? lexicon.after : lexicon.before).add(row[0].toLowerCase(Locale.ROOT));
    }
    for (String[] row : rows(PRONOUNS)) {
      lexicon.pronouns.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    return lexicon;
  }

  /** The cue-after word itself, given a word that may carry the pronoun suffix {@code -nya} ({@code katanya}). */
  String afterCue(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (after.contains(lower)) {
      return lower;
    }
    if (lower.endsWith("nya") && after.contains(lower.substring(0, lower.length() - 3))) {
      return lower.substring(0, lower.length() - 3);
    }
    return null;
  }

  boolean isBeforeCue(String word) {
    return before.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Iterable<String[]> rows(String resource) {
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      java.util.List<String[]> rows = new java.util.ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
          throw new IllegalStateException(resource + ":" + (i + 1) + ": expected at least two columns");
        }
        rows.add(new String[] {cols[0].strip(), cols[1].strip()});
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
