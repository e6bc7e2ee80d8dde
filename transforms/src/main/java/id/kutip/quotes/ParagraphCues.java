package id.kutip.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a lower-case word outside quote marks may start in a paragraph's reading, found by one lookup per word: a
 * verb of saying after its speaker ({@code mengatakan}), {@code menurut}, a cue after a quote ({@code kata},
 * {@code katanya}) or a passive cue. One word may be several; the reader takes them in that order. Built once from
 * the lexicons, so that each word of a text costs one lookup instead of one per list (and no {@code -nya} cut).
 */
final class ParagraphCues {
  static final int BEFORE = 1;
  static final int MENURUT = 2;
  static final int AFTER = 4;
  static final int PASSIVE = 8;

  private final Map<String, Integer> kinds = new HashMap<>();

  ParagraphCues(CueLexicon cues, Set<String> passiveCues) {
    for (String word : cues.before) {
      add(word, BEFORE);
    }
    add("menurut", MENURUT);
    add("menurutnya", MENURUT);
    for (String word : cues.after) {
      add(word, AFTER);
      add(word + "nya", AFTER); // CueLexicon#afterCue reads katanya as kata
    }
    for (String word : passiveCues) {
      add(word, PASSIVE);
    }
  }

  private void add(String word, int kind) {
    kinds.merge(word, kind, (a, b) -> a | b);
  }

  /** The kinds of a lower-case word, 0 for none. */
  int of(String lowerWord) {
    Integer kind = kinds.get(lowerWord);
    return kind == null ? 0 : kind;
  }
}
