package id.kutip.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the name rules look at: {@code context-words.tsv} (honorifics, speech cues, verbs, organisation and
 * place heads, name parts), {@code common-words.txt} (everyday words, which a capitalised word at a sentence's start
 * or in a title usually is) and {@code not-names.txt}. Immutable once loaded.
 */
final class NameLexicon {
  static final String CONTEXT_WORDS = "/id/kutip/entities/context-words.tsv";
  static final String COMMON_WORDS = "/id/kutip/entities/common-words.txt";
  static final String NOT_NAMES = "/id/kutip/entities/not-names.txt";
  private static final String HEADER = "word\tkind\tnote";

  /** A context word or phrase: its words and whether the last one must be followed by a full stop. */
  private record Phrase(List<String> words, boolean dot) {}

  /**
   * The context phrases by first word, then by {@link ContextKind#ordinal()} (null where a word starts none of that
   * kind): what {@link Index} looks up once per token.
   */
  private final Map<String, Phrase[][]> byFirstWordAndKind = new HashMap<>();
  private final Map<String, String> placeSubtypes = new HashMap<>();
  private final Set<String> common;
  private final Set<String> notNames;

  NameLexicon(String contextWords, Set<String> common, Set<String> notNames) {
    this.common = common;
    this.notNames = notNames;
    String[] lines = contextWords.split("\n", -1);
    if (!lines[0].strip().equals(HEADER)) {
      throw new IllegalStateException(CONTEXT_WORDS + ":1: the header must be " + HEADER);
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new IllegalStateException(CONTEXT_WORDS + ":" + (i + 1) + ": expected word<TAB>kind<TAB>note");
      }
      String word = cols[0].strip();
      String written = cols[1].strip();
      int colon = written.indexOf(':');
      if (colon > 0) {
        placeSubtypes.put(word.endsWith(".") ? word.substring(0, word.length() - 1) : word,
            written.substring(colon + 1));
        written = written.substring(0, colon);
      }
      ContextKind kind = ContextKind.fromWritten(written);
      if (kind == null) {
        throw new IllegalStateException(CONTEXT_WORDS + ":" + (i + 1) + ": unknown kind " + written);
      }
      boolean dot = word.endsWith(".");
      List<String> words = List.of((dot ? word.substring(0, word.length() - 1) : word).split(" "));
      Phrase[][] kinds =
          byFirstWordAndKind.computeIfAbsent(words.get(0), k -> new Phrase[ContextKind.values().length][]);
      Phrase phrase = new Phrase(words, dot);
      Phrase[] same = kinds[kind.ordinal()];
      kinds[kind.ordinal()] = same == null ? new Phrase[] {phrase} : append(same, phrase);
    }
  }

  private static Phrase[] append(Phrase[] phrases, Phrase phrase) {
    Phrase[] longer = java.util.Arrays.copyOf(phrases, phrases.length + 1);
    longer[phrases.length] = phrase;
    return longer;
  }

  static NameLexicon bundled() {
    Set<String> common = new HashSet<>();
    for (String word : lines(COMMON_WORDS)) {
      common.add(word.toLowerCase(Locale.ROOT));
    }
    return new NameLexicon(String.join("\n", rawLines(CONTEXT_WORDS)), common, new HashSet<>(lines(NOT_NAMES)));
  }

  /** How many tokens from {@code i} make the longest of these phrases (0 if none or null). */
  private static int longest(Phrase[] phrases, String text, List<Token> tokens, int i) {
    if (phrases == null) {
      return 0;
    }
    int best = 0;
    for (Phrase p : phrases) {
      int n = p.words().size();
      if (n <= best || i + n > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = tokens.get(i + k).text().equals(p.words().get(k)) && spaceOnly(text, tokens, i + k);
      }
      int end = tokens.get(i + n - 1).end();
      if (ok && p.dot()) {
        ok = end < text.length() && text.charAt(end) == '.';
      }
      if (ok) {
        best = n;
      }
    }
    return best;
  }

  /** The context phrases of one text, looked up by token: the rules ask about a token for many kinds in turn. */
  Index index(String text, List<Token> tokens) {
    return new Index(text, tokens);
  }

  /**
   * The context phrases at the tokens of one text, each token's phrases (of every kind) found by one lookup, the first
   * time a rule asks about that token.
   */
  final class Index {
    private final String text;
    private final List<Token> tokens;
    private final Phrase[][][] starting;
    private final boolean[] looked;

    private Index(String text, List<Token> tokens) {
      this.text = text;
      this.tokens = tokens;
      this.starting = new Phrase[tokens.size()][][];
      this.looked = new boolean[tokens.size()];
    }

    /**
     * How many tokens from {@code i} make the longest context phrase of this kind (0 if none). The words of a phrase
     * are separated by spaces only; a phrase written with a final full stop ({@code H.}) needs one in the text.
     */
    int match(ContextKind kind, int i) {
      if (i < 0 || i >= tokens.size()) {
        return 0;
      }
      if (!looked[i]) {
        starting[i] = byFirstWordAndKind.get(tokens.get(i).text());
        looked[i] = true;
      }
      Phrase[][] kinds = starting[i];
      return kinds == null ? 0 : longest(kinds[kind.ordinal()], text, tokens, i);
    }

    boolean is(ContextKind kind, int i) {
      return match(kind, i) > 0;
    }
  }

  /** The subtype of a place head ({@code Kota} -> city), or null. */
  String placeSubtype(String head) {
    return placeSubtypes.get(head);
  }

  /**
   * Whether a word is an everyday word: listed, or shaped like one (a noun with pe-/ke- ... -an, a word ending in
   * -nya or -kan, a reduplication such as {@code Pertemuan-pertemuan} or a hyphenated everyday word).
   */
  boolean isCommon(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return true;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      String left = lower.substring(0, dash);
      return left.equals(lower.substring(dash + 1)) || common.contains(left);
    }
    return lower.length() > 6 && (lower.endsWith("nya") || lower.endsWith("kan")) || AFFIXED_NOUN.matcher(lower).matches();
  }

  /** pe(r|n|m|ng|ny)-...-an and ke-...-an nouns: Pertemuan, Kunjungan is listed, Keamanan. */
  private static final java.util.regex.Pattern AFFIXED_NOUN =
      java.util.regex.Pattern.compile("(?:pe|per|pen|pem|peng|peny|ke)\\p{L}{3,20}an");

  boolean isNotName(String word) {
    return notNames.contains(word);
  }

  /** Whether token {@code i} follows token {@code i - 1} with nothing but spaces between. */
  static boolean spaceOnly(String text, List<Token> tokens, int i) {
    if (i <= 0) {
      return false;
    }
    for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static List<String> rawLines(String resource) {
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String resource) {
    return rawLines(resource).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
