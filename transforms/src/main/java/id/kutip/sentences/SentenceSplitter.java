package id.kutip.sentences;

import id.kutip.common.SortedInts;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import id.kutip.schema.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Splits cleaned text into sentences with CoreNLP tokenize + ssplit, then corrects CoreNLP's English habits for
 * Indonesian. Paragraphs (separated by a blank line) are split apart first, so a sentence never crosses one.
 *
 * <ul>
 *   <li>CoreNLP's tokenizer rescans a run of characters without whitespace for every token it cuts from it: a run of
 *       {@code n} quotation marks or ampersands costs {@code n²}. The copy CoreNLP reads gets a space in any run longer
 *       than {@value #MAX_RUN} characters (at a punctuation mark, or anywhere past twice that), so no input costs more
 *       than a constant per character. Offsets are mapped back as for glued sentences.
 *   <li>Glued sentences ({@code perang.Pertemuan}, a lost space after the full stop) are split: CoreNLP reads a
 *       copy of the paragraph with a space inserted there, and its offsets are mapped back, so the text itself is
 *       never changed and every offset points into it.
 *   <li>No boundary after a {@code prefix} abbreviation ({@code Jl.}, {@code Dr.}, {@code Rp.}; {@link
 *       Abbreviations}) or an initial ({@code Joko S. Widodo}); after a {@code suffix} one ({@code dll.}, {@code
 *       Tbk.}) only before a capitalised word or an opening quote.
 *   <li>No boundary before a lower-case word: {@code “Kami menang!” katanya.} is one sentence.
 *   <li>An ellipsis followed by a capitalised word ends a sentence ({@code Dia berkata... Kemudian hening.}).
 * </ul>
 *
 * Only character offsets leave this class: CoreNLP's {@code Annotation} objects are dropped as soon as a paragraph
 * is done.
 */
public final class SentenceSplitter {
  public static final String PROPERTIES = "/id/kutip/sentences/corenlp.properties";
  /** One to five initials, the last without its full stop: {@code S}, {@code H.M}. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){0,4}\\p{Lu}");
  /**
   * The longest run without whitespace CoreNLP reads before a space is put in at a punctuation mark; past twice
   * this a space goes in wherever it is. Words and URLs are shorter; runs that long are junk (rows of quotation
   * marks, emoji, separators), and inside them where a sentence ends means nothing.
   */
  static final int MAX_RUN = 64;
  /** The longest word {@link #isBoundary} looks at before a full stop: the longest initials, {@code A.B.C.D.E}. */
  private static final int MAX_INITIALS_CHARS = 9;

  private static volatile SentenceSplitter shared;
  private final StanfordCoreNLP pipeline;
  private final Abbreviations abbreviations;
  /** A word before a full stop longer than this is neither an abbreviation nor initials. */
  private final int maxAbbreviationChars;

  public SentenceSplitter(Properties properties, Abbreviations abbreviations) {
    this.pipeline = new StanfordCoreNLP(properties);
    this.abbreviations = abbreviations;
    this.maxAbbreviationChars = Math.max(abbreviations.maxLength(), MAX_INITIALS_CHARS);
  }

  /**
   * One splitter per JVM: building CoreNLP costs a third of a second and its tokenize/ssplit annotators are
   * thread-safe, so all DoFn instances of a worker share it.
   */
  public static SentenceSplitter shared() {
    SentenceSplitter local = shared;
    if (local == null) {
      synchronized (SentenceSplitter.class) {
        local = shared;
        if (local == null) {
          local = new SentenceSplitter(bundledProperties(), Abbreviations.bundled());
          shared = local;
        }
      }
    }
    return local;
  }

  public static Properties bundledProperties() {
    Properties properties = new Properties();
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(PROPERTIES)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    id.kutip.common.Paragraphs.forEach(text,
        (index, start, end) -> splitParagraph(text.substring(start, end), start, index, sentences));
    return sentences;
  }

  /** A CoreNLP token in paragraph offsets. */
  private record Tok(String word, int begin, int end) {}

  private void splitParagraph(String paragraph, int offset, int index, List<Sentence> out) {
    if (paragraph.isBlank()) {
      return;
    }
    // Where a space is inserted for CoreNLP: before these paragraph offsets, in increasing order.
    int[] inserted = insertions(paragraph);
    String fed = paragraph;
    if (inserted.length > 0) {
      StringBuilder b = new StringBuilder(paragraph.length() + inserted.length);
      int from = 0;
      for (int at : inserted) {
        b.append(paragraph, from, at).append(' ');
        from = at;
      }
      fed = b.append(paragraph, from, paragraph.length()).toString();
    }
    // The inserted spaces' own offsets in the fed copy, increasing: for mapping offsets back by binary search.
    int[] spaces = new int[inserted.length];
    for (int k = 0; k < inserted.length; k++) {
      spaces[k] = inserted[k] + k;
    }
    Annotation annotation = new Annotation(fed);
    pipeline.annotate(annotation);
    List<List<Tok>> pieces = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Tok> piece = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Tok tok = new Tok(token.word(), unshift(token.beginPosition(), spaces), unshift(token.endPosition(), spaces));
        piece.add(tok);
      }
      if (!piece.isEmpty()) {
        pieces.addAll(splitAtEllipses(piece));
      }
    }
    moveOpeningQuotes(pieces);
    List<List<Tok>> merged = new ArrayList<>();
    for (List<Tok> piece : pieces) {
      if (!merged.isEmpty() && !isBoundary(paragraph, merged.get(merged.size() - 1), piece)) {
        merged.get(merged.size() - 1).addAll(piece);
      } else {
        merged.add(new ArrayList<>(piece));
      }
    }
    for (List<Tok> sentence : merged) {
      out.add(new Sentence(offset + sentence.get(0).begin(), offset + sentence.get(sentence.size() - 1).end(), index));
    }
  }

  /**
   * Where CoreNLP's copy of a paragraph gets a space, as paragraph offsets (the space goes before that character),
   * in increasing order: after the full stop of a glued sentence, before a straight quote glued to the next
   * sentence, and in runs without whitespace longer than {@link #MAX_RUN}.
   */
  static int[] insertions(String paragraph) {
    int[] glued = merge(GluedSentences.gluedEnds(paragraph), GluedSentences.openingQuotes(paragraph));
    int[] out = new int[glued.length + 8];
    int size = 0;
    int next = 0;
    int run = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      boolean spaced = false;
      while (next < glued.length && glued[next] == i) {
        out = grow(out, size);
        out[size++] = i;
        next++;
        spaced = true;
      }
      char c = paragraph.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        run = 0;
        continue;
      }
      if (spaced) {
        run = 0;
      } else if (run >= MAX_RUN && !Character.isLowSurrogate(c)
          && (run >= 2 * MAX_RUN || isRunBreak(paragraph.charAt(i - 1), c))) {
        out = grow(out, size);
        out[size++] = i;
        run = 0;
      }
      run++;
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * A place in a long run where a space cuts no word and makes no sentence end: next to a mark, but neither side
   * of a full stop, question or exclamation mark ({@code kompas.com/read} breaks before the slash).
   */
  private static boolean isRunBreak(char before, char c) {
    return !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(c)) && ".!?".indexOf(before) < 0
        && ".!?".indexOf(c) < 0 && !Character.isHighSurrogate(before);
  }

  /** Two increasing arrays as one, increasing. */
  private static int[] merge(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    return all;
  }

  private static int[] grow(int[] array, int size) {
    return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
  }

  /** An offset of the fed copy as an offset of the paragraph: less the inserted spaces that stand before it. */
  private static int unshift(int fedOffset, int[] spaces) {
    return fedOffset - SortedInts.countBelow(spaces, fedOffset);
  }

  /**
   * CoreNLP hands a straight quote after a full stop to the sentence before it. One glued to the next sentence's
   * first word opens that sentence instead.
   */
  private static void moveOpeningQuotes(List<List<Tok>> pieces) {
    for (int i = 0; i + 1 < pieces.size(); i++) {
      List<Tok> piece = pieces.get(i);
      Tok last = piece.get(piece.size() - 1);
      Tok next = pieces.get(i + 1).get(0);
      if (piece.size() > 1 && last.word().equals("\"") && next.begin() == last.end()) {
        piece.remove(piece.size() - 1);
        pieces.get(i + 1).add(0, last);
      }
    }
  }

  private static List<List<Tok>> splitAtEllipses(List<Tok> piece) {
    List<List<Tok>> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i + 1 < piece.size(); i++) {
      if (isEllipsis(piece.get(i).word()) && startsUpper(piece.get(i + 1).word())) {
        parts.add(new ArrayList<>(piece.subList(from, i + 1)));
        from = i + 1;
      }
    }
    parts.add(new ArrayList<>(piece.subList(from, piece.size())));
    return parts;
  }

  /** Whether CoreNLP's boundary between {@code before} and {@code after} stands. */
  private boolean isBoundary(String paragraph, List<Tok> before, List<Tok> after) {
    Tok next = after.get(0);
    if (startsLower(next.word())) {
      return false;
    }
    int end = before.get(before.size() - 1).end();
    if (end == 0 || paragraph.charAt(end - 1) != '.' || isEllipsis(before.get(before.size() - 1).word())) {
      return true;
    }
    int start = end - 1;
    while (start > 0 && isWordPart(paragraph.charAt(start - 1))) {
      start--;
      if (end - 1 - start > maxAbbreviationChars) {
        return true; // too long for an abbreviation or initials; and no scan back over a long run per boundary
      }
    }
    String word = paragraph.substring(start, end - 1);
    if (word.isEmpty()) {
      return true;
    }
    if (abbreviations.isPrefix(word)) {
      return false;
    }
    if (abbreviations.isSuffix(word)) {
      return startsUpper(next.word()) || isOpeningQuote(next.word());
    }
    if (INITIALS.matcher(word).matches()) {
      return !isInitial(paragraph, before, start);
    }
    return true;
  }

  /** Capital letters with full stops are initials at a sentence's start or after a capitalised word or another initial. */
  private static boolean isInitial(String paragraph, List<Tok> before, int letterStart) {
    if (letterStart == before.get(0).begin()) {
      return true;
    }
    int k = letterStart - 1;
    while (k >= 0 && paragraph.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return true;
    }
    int wordEnd = k + 1;
    while (k >= 0 && !Character.isWhitespace(paragraph.charAt(k))) {
      k--;
    }
    String previous = paragraph.substring(k + 1, wordEnd);
    return startsUpper(previous);
  }

  /** An ellipsis token: {@code ...} to {@code ......}, or {@code …}. Checked for every token, so no regex. */
  static boolean isEllipsis(String word) {
    if (word.equals("…")) {
      return true;
    }
    if (word.length() < 3 || word.length() > 6) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '.';
  }

  private static boolean startsLower(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean isOpeningQuote(String word) {
    return word.startsWith("\"") || word.startsWith("“") || word.startsWith("‘") || word.startsWith("'");
  }
}
