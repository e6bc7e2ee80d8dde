package id.kutip.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the article's own paragraphs among those left after the rules, by their shape: a paragraph without
 * closing punctuation and at most {@value #HEADLINE_MAX_WORDS} words is a headline, subhead, caption or related
 * link, not body; a short title-case question ({@code Akhir Cerita?}) is a subhead; a list item is body when it
 * follows a paragraph that announces a list ({@code Berikut ...:}) or another list item.
 */
final class BodySelector {
  /** A paragraph of this many words or fewer without closing punctuation is a headline, not body. */
  static final int HEADLINE_MAX_WORDS = 20;
  /** A closed sentence of at least this many words reads like body. */
  static final int BODY_MIN_WORDS = 6;
  /** Fewer words than this: too short to tell a sentence from a headline by its words. */
  static final int SENTENCE_MIN_WORDS = 8;
  /** At most one word in three capitalised for prose. */
  static final int MAX_CAPITALISED_SHARE_INVERSE = 3;
  /** At least this share of function words for prose. */
  static final double MIN_STOP_WORD_SHARE = 0.15;
  /** A title-case question or exclamation of this many words or fewer is a subhead. */
  static final int SUBHEAD_MAX_WORDS = 4;
  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)|[a-z][.)]|\\([a-z]\\)|[-•*–·])\\s*\\S.*");

  private BodySelector() {}

  /** The body paragraphs, in order; {@code title} (if any) is left out when a paragraph repeats it. */
  static List<String> select(List<String> paragraphs, String title) {
    List<String> body = new ArrayList<>();
    boolean inList = false;
    for (String paragraph : paragraphs) {
      if (title != null && ParagraphScore.sameWithoutSpaces(paragraph, title)) {
        continue;
      }
      if (inList && isListItem(paragraph)) {
        body.add(paragraph);
        continue;
      }
      if (isHeadlineLike(paragraph) || isSubhead(paragraph) || !hasWord(paragraph)) {
        inList = false;
        continue;
      }
      body.add(paragraph);
      inList = paragraph.endsWith(":") || isListItem(paragraph);
    }
    return body;
  }

  /**
   * Reads like article text rather than page furniture: a sentence of at least {@value #BODY_MIN_WORDS} words with
   * its closing punctuation, or prose that lost its full stop. Boilerplate ending with a colon or an exclamation
   * ({@code FOLLOW US:}, {@code WHAZZ UP!}) does not start a body.
   */
  static boolean isBodyLike(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return isClosing(last) && wordCount(paragraph) >= BODY_MIN_WORDS || readsLikeSentence(paragraph);
  }

  /** Whether the paragraph has a letter or a digit (a lone "." or quotation mark is a scraper's leftover). */
  static boolean hasWord(String paragraph) {
    return paragraph.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * A headline, subhead, caption, tag list or related link: no closing punctuation, at most
   * {@value #HEADLINE_MAX_WORDS} words, and not a sentence that merely lost its full stop.
   */
  static boolean isHeadlineLike(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return !isClosing(last) && last != ':' && wordCount(paragraph) <= HEADLINE_MAX_WORDS && !readsLikeSentence(paragraph);
  }

  /**
   * Prose without its full stop ({@code Saat ini, tersangka ... untuk proses penyidikan lebih lanjut}): enough
   * words, few of them capitalised (headlines capitalise most words), and a share of function words as running
   * Indonesian text has (tag lists and names have none). The jusText idea, with Indonesian stop words.
   */
  static boolean readsLikeSentence(String paragraph) {
    String[] words = paragraph.strip().split("\\s+");
    if (words.length < SENTENCE_MIN_WORDS) {
      return false;
    }
    int capitalised = 0;
    int stopWords = 0;
    for (String word : words) {
      capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      String bare = word.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
      stopWords += LanguageIdentifier.bundled().isIndonesianStopWord(bare) ? 1 : 0;
    }
    return capitalised * MAX_CAPITALISED_SHARE_INVERSE <= words.length && stopWords >= MIN_STOP_WORD_SHARE * words.length;
  }

  static boolean isSubhead(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    if ((last != '?' && last != '!') || wordCount(paragraph) > SUBHEAD_MAX_WORDS) {
      return false;
    }
    for (String word : paragraph.split("\\s+")) {
      if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static boolean isListItem(String line) {
    return LIST_ITEM.matcher(line).matches();
  }

  static boolean isClosing(char c) {
    return ".!?\"”’'…".indexOf(c) >= 0;
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
