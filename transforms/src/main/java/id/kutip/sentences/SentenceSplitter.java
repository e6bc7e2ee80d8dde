package id.kutip.sentences;

import id.kutip.common.SortedInts;
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
 * Indonesian. A paragraph break (a blank line) always ends a sentence: CoreNLP ends one at every newline, and its
 * sentences are finished paragraph by paragraph ({@link #split}).
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
 * Only character offsets leave this class: CoreNLP's tokens are dropped as soon as a text is done
 * ({@link CoreNlpSentences}).
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
  private final Tokenization coreNlp;
  private final Abbreviations abbreviations;
  /** A word before a full stop longer than this is neither an abbreviation nor initials. */
  private final int maxAbbreviationChars;

  /** How the splitter reads CoreNLP: the sentences of a text, each as its tokens with their spans in that text. */
  @FunctionalInterface
  interface Tokenization {
    List<List<CoreNlpSentences.Token>> split(String text);
  }

  public SentenceSplitter(Properties properties, Abbreviations abbreviations) {
    this(new CoreNlpSentences(properties)::split, abbreviations);
  }

  SentenceSplitter(Tokenization coreNlp, Abbreviations abbreviations) {
    this.coreNlp = coreNlp;
    this.abbreviations = abbreviations;
    this.maxAbbreviationChars = Math.max(abbreviations.maxLength(), MAX_INITIALS_CHARS);
  }

  /**
   * One splitter per JVM: building CoreNLP's tokenizer costs a third of a second and it is thread-safe, so all DoFn
   * instances of a worker share it.
   */
  public static SentenceSplitter shared() {
    SentenceSplitter local = shared;
    if (local == null) {
      synchronized (SentenceSplitter.class) {
        local = shared;
        if (local == null) {
          HugeMethods.warnIfInterpreted();
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

  /**
   * The sentences of a cleaned text. CoreNLP reads the whole text at once (its tokenizer costs a set-up per call, a
   * twentieth of the work when called per paragraph); a newline always ends a sentence for it, so its sentences fall
   * within paragraphs and are finished paragraph by paragraph. Should a token ever reach across a paragraph break,
   * the text is read again a paragraph at a time, as {@link #splitEachParagraph} does: the sentences are the same as
   * CoreNLP reading each paragraph alone.
   */
  public List<Sentence> split(String text) {
    List<int[]> paragraphs = new ArrayList<>(); // {index, start, end} of each paragraph that is not blank
    id.kutip.common.Paragraphs.forEach(text, (index, start, end) -> {
      if (!isBlank(text, start, end)) {
        paragraphs.add(new int[] {index, start, end});
      }
    });
    if (paragraphs.isEmpty()) {
      return new ArrayList<>();
    }
    for (int[] paragraph : paragraphs) {
      if (opensWithLineBreak(text, paragraph[1])) {
        // Read alone, such a paragraph opens with a newline, which changes how CoreNLP ends its first sentence (a
        // closing quote after "!" is left to the next one); read in the whole text, it does not. Cleaned text has
        // no such paragraph; for other text the sentences stay those of CoreNLP reading each paragraph alone.
        return splitEachParagraph(text);
      }
    }
    // CoreNLP reads from the first paragraph on, so that no newline stands before the first token either.
    int from = paragraphs.get(0)[1];
    int[] inserted = new int[8];
    int count = 0;
    for (int[] paragraph : paragraphs) {
      for (int at : insertions(text.substring(paragraph[1], paragraph[2]))) {
        inserted = grow(inserted, count);
        inserted[count++] = paragraph[1] - from + at;
      }
    }
    inserted = Arrays.copyOf(inserted, count);
    int[] spaces = spacesOf(inserted);
    List<List<CoreNlpSentences.Token>> read = coreNlp.split(withSpaces(text.substring(from), inserted));

    List<Sentence> out = new ArrayList<>();
    List<List<Tok>> pieces = new ArrayList<>();
    int next = 0; // the first paragraph a sentence can still be in
    int current = -1; // the paragraph whose pieces are being gathered
    for (List<CoreNlpSentences.Token> sentence : read) {
      int begin = from + unshift(sentence.get(0).begin(), spaces);
      while (next < paragraphs.size() && paragraphs.get(next)[2] <= begin) {
        next++;
      }
      if (next == paragraphs.size() || begin < paragraphs.get(next)[1]) {
        return splitEachParagraph(text);
      }
      int[] paragraph = paragraphs.get(next);
      if (next != current) {
        if (current >= 0) {
          finish(text, paragraphs.get(current), pieces, out);
        }
        pieces = new ArrayList<>();
        current = next;
      }
      List<Tok> piece = new ArrayList<>(sentence.size());
      for (CoreNlpSentences.Token token : sentence) {
        int tokenBegin = from + unshift(token.begin(), spaces);
        int tokenEnd = from + unshift(token.end(), spaces);
        if (tokenBegin < paragraph[1] || tokenEnd > paragraph[2]) {
          return splitEachParagraph(text);
        }
        piece.add(new Tok(token.word(), tokenBegin - paragraph[1], tokenEnd - paragraph[1]));
      }
      pieces.addAll(splitAtEllipses(piece));
    }
    if (current >= 0) {
      finish(text, paragraphs.get(current), pieces, out);
    }
    return out;
  }

  /** The sentences of a cleaned text, CoreNLP reading each paragraph alone: what {@link #split} must give. */
  List<Sentence> splitEachParagraph(String text) {
    List<Sentence> sentences = new ArrayList<>();
    id.kutip.common.Paragraphs.forEach(text, (index, start, end) -> {
      if (!isBlank(text, start, end)) {
        splitParagraph(text, new int[] {index, start, end}, sentences);
      }
    });
    return sentences;
  }

  /** A CoreNLP token in paragraph offsets. */
  private record Tok(String word, int begin, int end) {}

  private void splitParagraph(String text, int[] span, List<Sentence> out) {
    String paragraph = text.substring(span[1], span[2]);
    int[] inserted = insertions(paragraph);
    int[] spaces = spacesOf(inserted);
    List<List<Tok>> pieces = new ArrayList<>();
    for (List<CoreNlpSentences.Token> sentence : coreNlp.split(withSpaces(paragraph, inserted))) {
      List<Tok> piece = new ArrayList<>();
      for (CoreNlpSentences.Token token : sentence) {
        piece.add(new Tok(token.word(), unshift(token.begin(), spaces), unshift(token.end(), spaces)));
      }
      pieces.addAll(splitAtEllipses(piece));
    }
    finish(text, span, pieces, out);
  }

  /**
   * A paragraph's sentences from CoreNLP's pieces of it ({@code span}: its index, start and end in the text): opening
   * quotes moved, and pieces joined where CoreNLP's boundary does not stand.
   */
  private void finish(String text, int[] span, List<List<Tok>> pieces, List<Sentence> out) {
    String paragraph = text.substring(span[1], span[2]);
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
      out.add(new Sentence(
          span[1] + sentence.get(0).begin(), span[1] + sentence.get(sentence.size() - 1).end(), span[0]));
    }
  }

  /** Whether the whitespace a paragraph opens with holds anything but spaces and tabs (a line break of any kind). */
  private static boolean opensWithLineBreak(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
    return false;
  }

  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text CoreNLP reads: {@code text} with a space before each of the {@code inserted} offsets (increasing). */
  private static String withSpaces(String text, int[] inserted) {
    if (inserted.length == 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + inserted.length);
    int from = 0;
    for (int at : inserted) {
      b.append(text, from, at).append(' ');
      from = at;
    }
    return b.append(text, from, text.length()).toString();
  }

  /** The inserted spaces' own offsets in the copy CoreNLP reads, increasing: for mapping offsets back. */
  private static int[] spacesOf(int[] inserted) {
    int[] spaces = new int[inserted.length];
    for (int k = 0; k < inserted.length; k++) {
      spaces[k] = inserted[k] + k;
    }
    return spaces;
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
