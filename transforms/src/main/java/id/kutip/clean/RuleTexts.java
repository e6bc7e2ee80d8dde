package id.kutip.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules can match a line, from the texts each needs ({@link RequiredText}), in one pass over the line
 * (Aho-Corasick): every line meets every rule, and a search of the line per rule text cost more than the regexes it
 * spared. Texts of rules that ignore case are searched in the line as {@link RequiredText#fold} folds it, char by
 * char during the same pass; the others in the line as it is. A rule without text can always match.
 *
 * <p>Immutable once built, so one instance serves every thread.
 */
final class RuleTexts {
  private final int words;
  /** The rules that need no text, as bits. */
  private final long[] always;
  private final Automaton exact;
  private final Automaton folded;

  RuleTexts(List<RequiredText> needs) {
    this.words = Math.max(1, (needs.size() + 63) / 64);
    this.always = new long[words];
    List<List<String>> exactTexts = new ArrayList<>();
    List<List<String>> foldedTexts = new ArrayList<>();
    for (int rule = 0; rule < needs.size(); rule++) {
      RequiredText need = needs.get(rule);
      boolean none = need.anyOf().isEmpty();
      if (none) {
        always[rule >>> 6] |= 1L << rule;
      }
      exactTexts.add(none || need.ignoresCase() ? List.of() : need.anyOf());
      foldedTexts.add(none || !need.ignoresCase() ? List.of() : need.anyOf().stream().map(RequiredText::fold).toList());
    }
    this.exact = new Automaton(exactTexts, words);
    this.folded = new Automaton(foldedTexts, words);
  }

  /** The rules that can match {@code line}, as bits by rule index: the rules without text, and those whose text is in it. */
  long[] present(String line) {
    long[] found = always.clone();
    int exactState = 0;
    int foldedState = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      exactState = exact.next(exactState, c);
      foldedState = folded.next(foldedState, RequiredText.fold(c));
      exact.addOutput(exactState, found);
      folded.addOutput(foldedState, found);
    }
    return found;
  }

  static boolean has(long[] bits, int rule) {
    return (bits[rule >>> 6] & (1L << rule)) != 0;
  }

  /** The automaton of one set of texts: ASCII transitions in a table, others through failure links. */
  private static final class Automaton {
    private static final int ASCII = 128;
    private final int words;
    /** The next state for each state and ASCII char. */
    private final int[] asciiNext;
    /** The trie's own edges for chars above ASCII, and where to go when a state has none. */
    private final List<Map<Character, Integer>> edges = new ArrayList<>();
    private final int[] failure;
    /** Per state, the rules one of whose texts ends here (itself or by its failure chain); null for none. */
    private final long[][] output;

    Automaton(List<List<String>> textsByRule, int words) {
      this.words = words;
      List<long[]> out = new ArrayList<>();
      edges.add(new HashMap<>());
      out.add(null);
      for (int rule = 0; rule < textsByRule.size(); rule++) {
        for (String text : textsByRule.get(rule)) {
          int state = 0;
          for (int i = 0; i < text.length(); i++) {
            Integer next = edges.get(state).get(text.charAt(i));
            if (next == null) {
              next = edges.size();
              edges.add(new HashMap<>());
              out.add(null);
              edges.get(state).put(text.charAt(i), next);
            }
            state = next;
          }
          if (out.get(state) == null) {
            out.set(state, new long[words]);
          }
          out.get(state)[rule >>> 6] |= 1L << rule;
        }
      }
      int states = edges.size();
      this.failure = new int[states];
      this.asciiNext = new int[states * ASCII];
      this.output = out.toArray(new long[0][]);
      // Breadth first, so that a state's failure target is complete before the state is.
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(0);
      while (!queue.isEmpty()) {
        int state = queue.poll();
        for (Map.Entry<Character, Integer> edge : edges.get(state).entrySet()) {
          int child = edge.getValue();
          failure[child] = state == 0 ? 0 : follow(failure[state], edge.getKey());
          long[] inherited = output[failure[child]];
          if (inherited != null) {
            if (output[child] == null) {
              output[child] = new long[words];
            }
            for (int w = 0; w < words; w++) {
              output[child][w] |= inherited[w];
            }
          }
          queue.add(child);
        }
        for (char c = 0; c < ASCII; c++) {
          Integer child = edges.get(state).get(c);
          asciiNext[state * ASCII + c] = child != null ? child : state == 0 ? 0 : asciiNext[failure[state] * ASCII + c];
        }
      }
    }

    /** The trie edge for {@code c} from {@code state} or the nearest state on its failure chain that has one. */
    private int follow(int state, char c) {
      int s = state;
      while (true) {
        Integer next = edges.get(s).get(c);
        if (next != null) {
          return next;
        }
        if (s == 0) {
          return 0;
        }
        s = failure[s];
      }
    }

    int next(int state, char c) {
      return c < ASCII ? asciiNext[state * ASCII + c] : follow(state, c);
    }

    void addOutput(int state, long[] found) {
      long[] rules = output[state];
      if (rules != null) {
        for (int w = 0; w < words; w++) {
          found[w] |= rules[w];
        }
      }
    }
  }
}
