package id.kutip.sentences;

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
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cleaned text into sentences with CoreNLP tokenize + ssplit, then corrects CoreNLP's English habits for
 * Indonesian. Paragraphs (separated by a blank line) are split apart first, so a sentence never crosses one.
 *
 * <ul>
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
  /**
   * A full stop (or ! ?) between a lower-case word and a capitalised one with no space: {@code perang.Pertemuan},
   * {@code inflasi".Pertemuan}. Fixed-length look-arounds and single optional characters: no backtracking.
   */
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\p{Ll}\\p{Ll})[\"”’)]?[.!?][\"”’)]?(?=[\"“‘(]?\\p{Lu}\\p{Ll})");
  /** One to five initials, the last without its full stop: {@code S}, {@code H.M}. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){0,4}\\p{Lu}");
  /**
   * A straight quote glued to both the full stop before it and the capitalised word after it opens the next
   * sentence: {@code (10/6/2025)."Nggak saya tagih.} A space goes before the quote.
   */
  private static final Pattern GLUED_OPENING_QUOTE = Pattern.compile("(?<=[.!?])\"(?=\\p{Lu}\\p{Ll})");
  private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,6}|…");

  private static volatile SentenceSplitter shared;
  private final StanfordCoreNLP pipeline;
  private final Abbreviations abbreviations;

  public SentenceSplitter(Properties properties, Abbreviations abbreviations) {
    this.pipeline = new StanfordCoreNLP(properties);
    this.abbreviations = abbreviations;
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
    List<Integer> inserted = new ArrayList<>();
    Matcher glued = GLUED.matcher(paragraph);
    while (glued.find()) {
      inserted.add(glued.end());
    }
    Matcher quote = GLUED_OPENING_QUOTE.matcher(paragraph);
    while (quote.find()) {
      inserted.add(quote.start());
    }
    Collections.sort(inserted);
    String fed = paragraph;
    if (!inserted.isEmpty()) {
      StringBuilder b = new StringBuilder(paragraph);
      for (int i = inserted.size() - 1; i >= 0; i--) {
        b.insert((int) inserted.get(i), ' ');
      }
      fed = b.toString();
    }
    Annotation annotation = new Annotation(fed);
    pipeline.annotate(annotation);
    List<List<Tok>> pieces = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Tok> piece = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Tok tok = new Tok(token.word(), unshift(token.beginPosition(), inserted), unshift(token.endPosition(), inserted));
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

  /** An offset of the fed copy as an offset of the paragraph. */
  private static int unshift(int fedOffset, List<Integer> inserted) {
    int shift = 0;
    for (int at : inserted) {
      if (at + shift < fedOffset) {
        shift++;
      } else {
        break;
      }
    }
    return fedOffset - shift;
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
      if (ELLIPSIS.matcher(piece.get(i).word()).matches() && startsUpper(piece.get(i + 1).word())) {
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
    if (end == 0 || paragraph.charAt(end - 1) != '.' || ELLIPSIS.matcher(before.get(before.size() - 1).word()).matches()) {
      return true;
    }
    int start = end - 1;
    while (start > 0 && isWordPart(paragraph.charAt(start - 1))) {
      start--;
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
