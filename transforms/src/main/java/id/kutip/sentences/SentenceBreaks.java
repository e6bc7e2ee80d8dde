package id.kutip.sentences;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's {@code ssplit} for the one setting the job runs it with ({@code ssplit.newlineIsSentenceBreak=always},
 * the default sentence-ending tokens, the tokens that may follow them, and the newline tokens that are dropped), cut
 * into sentences of the job's own {@link CoreNlpSentences.Token}s in one pass.
 *
 * <p>Why not {@link WordToSentenceProcessor} itself: it matched two regexes against every token, a new
 * {@code Matcher} each time, and read each token's annotations for settings the job never uses; that was a third of
 * the time CoreNLP took in a run. Here a token that opens with a letter or a digit (most of them) is known to match
 * neither regex nor to be a newline, and only the others meet the regexes, which are CoreNLP's own constants. That
 * shortcut holds for the constants of the CoreNLP version it was checked against; with other constants every token
 * meets the regexes. {@code SentenceBreaksTest} checks the sentences against {@link WordToSentenceProcessor}'s on
 * tokens of every kind, and {@code WholeTextSplitTest} the splitter's against the annotation pipeline's.
 *
 * <p>A closing mark after a sentence's end stays with that sentence, as ssplit has it, except after a newline, and a
 * straight quote only when the sentence has an odd number of that quote.
 *
 * <p>The tokens come from CoreNLP's tokenizer, which sets none of the annotations that force or hold back a sentence
 * end ({@code ForcedSentenceEndAnnotation} and the like); they are not read. Thread-safe: no state between calls.
 */
final class SentenceBreaks {
  /** The constants the shortcut was checked against (CoreNLP 4.5.10). */
  static final String CHECKED_BOUNDARY_REGEX = "[.\u3002]|[!?\uff01\uff1f]+";
  static final String CHECKED_FOLLOWERS_REGEX = "[\\p{Pe}\\p{Pf}\"'>\uff02\uff07\uff1e)}\\]]|''|\u2019\u2019|-R[CRS]B-";

  private final Pattern boundary = Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX);
  private final Pattern followers = Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_FOLLOWERS_REGEX);
  private final Set<String> newlines = WordToSentenceProcessor.DEFAULT_SENTENCE_BOUNDARIES_TO_DISCARD;
  /** Whether a token that opens with a letter or a digit can be taken as a plain word without the regexes. */
  private final boolean shortcut = WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX.equals(CHECKED_BOUNDARY_REGEX)
      && WordToSentenceProcessor.DEFAULT_BOUNDARY_FOLLOWERS_REGEX.equals(CHECKED_FOLLOWERS_REGEX)
      && newlines.stream().noneMatch(SentenceBreaks::opensWithLetterOrDigit);

  /** Whether every token that opens with a letter or a digit is taken as a plain word without the regexes. */
  boolean usesShortcut() {
    return shortcut;
  }

  /**
   * The sentences of {@code tokens}, as {@code ssplit} cuts them under the job's setting, each a list of its tokens
   * with their spans; a span ends at {@code textLength} at most (the tokenizer read the text with a space after it).
   */
  List<List<CoreNlpSentences.Token>> split(List<CoreLabel> tokens, int textLength) {
    List<List<CoreNlpSentences.Token>> sentences = new ArrayList<>();
    List<CoreNlpSentences.Token> current = new ArrayList<>();
    List<CoreNlpSentences.Token> last = null;
    // Straight quotes in the current and the last sentence: one follows on to the last only to close an open one.
    Quotes currentQuotes = new Quotes();
    Quotes lastQuotes = null;
    boolean afterNewline = false;
    // Whether the last sentence was ended by a newline: nothing then follows on to it.
    boolean lastEndedByNewline = false;
    for (CoreLabel label : tokens) {
      String word = label.word();
      boolean plain = shortcut && opensWithLetterOrDigit(word);
      if (!plain && last != null && current.isEmpty() && !lastEndedByNewline && !afterNewline
          && followers.matcher(word).matches() && lastQuotes.mayClose(word)) {
        last.add(token(label, word, textLength)); // a closing quote or bracket after the sentence's end
        lastQuotes.count(label.value());
        continue;
      }
      boolean newline = !plain && newlines.contains(word);
      boolean ends = false;
      if (newline) {
        afterNewline = true;
      } else {
        afterNewline = AbstractTokenizer.NEWLINE_TOKEN.equals(word);
        current.add(token(label, word, textLength));
        if (!plain) {
          currentQuotes.count(label.value());
          ends = boundary.matcher(word).matches();
        }
      }
      if ((newline || ends) && !current.isEmpty()) {
        sentences.add(current);
        lastEndedByNewline = newline || (last == null && lastEndedByNewline);
        last = current;
        lastQuotes = currentQuotes;
        current = new ArrayList<>();
        currentQuotes = new Quotes();
      } else if (newline) {
        lastEndedByNewline = true;
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /**
   * The straight quotes of a sentence, by its tokens' values: a {@code "} or {@code '} after a sentence's end belongs to
   * it only when the sentence has an odd number of them (ssplit's own rule); other closing marks always do.
   */
  private static final class Quotes {
    private int doubles;
    private int singles;

    void count(String value) {
      if ("\"".equals(value)) {
        doubles++;
      } else if ("'".equals(value)) {
        singles++;
      }
    }

    boolean mayClose(String word) {
      if ("\"".equals(word)) {
        return doubles % 2 != 0;
      }
      if ("'".equals(word)) {
        return singles % 2 != 0;
      }
      return true;
    }
  }

  private static CoreNlpSentences.Token token(CoreLabel label, String word, int textLength) {
    return new CoreNlpSentences.Token(word, label.beginPosition(), Math.min(label.endPosition(), textLength));
  }

  private static boolean opensWithLetterOrDigit(String word) {
    if (word.isEmpty()) {
      return false;
    }
    char c = word.charAt(0);
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(word.codePointAt(0));
  }
}
