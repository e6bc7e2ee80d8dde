package id.kutip.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of an article: the paragraphs before its dateline (title, byline, date, photo caption), or, without a
 * dateline, the leading run of headline-like paragraphs. Its title is taken only before a dateline, where the
 * layout says which line is the headline; its date only from a line with a time of day, the last one before the
 * dateline (pages list other articles' dates above the headline).
 *
 * @param bodyStart index (among all paragraphs, markers included) of the first paragraph of the body: the
 *     dateline's when there is one, else 0
 */
record ArticleHeader(int bodyStart, LineRules.Dateline dateline, String title, PublicationDates.Published published) {
  /** A dateline further down than this is not the start of the body (pages put long link lists above it). */
  static final int DATELINE_MAX_POSITION = 60;
  /**
   * A header holds at most this many paragraphs that read like body (a caption, a pull quote), of at most
   * {@value #HEADER_MAX_SENTENCE_WORDS} words together: a "dateline" after more text than that is a line of the
   * article that happens to look like one ({@code BAIC - BJ30 Hybrid}).
   */
  static final int HEADER_MAX_SENTENCES = 2;
  static final int HEADER_MAX_SENTENCE_WORDS = 100;
  /** The headline is the first headline-like header line with at least this many words. */
  static final int TITLE_MIN_WORDS = 4;

  /** The header of these paragraphs; end-of-article markers among them are passed over. */
  static ArticleHeader of(List<Paragraph> all, LineRules rules, PublicationDates dates) {
    List<String> paragraphs = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).stop()) {
        paragraphs.add(all.get(i).text());
        positions.add(i);
      }
    }
    int limit = Math.min(paragraphs.size(), DATELINE_MAX_POSITION);
    int sentences = 0;
    int sentenceWords = 0;
    for (int i = 0; i < limit && sentences <= HEADER_MAX_SENTENCES && sentenceWords <= HEADER_MAX_SENTENCE_WORDS; i++) {
      String paragraph = paragraphs.get(i);
      LineRules.Dateline dateline = rules.dateline(paragraph);
      if (dateline != null) {
        List<String> header = paragraphs.subList(0, i);
        return new ArticleHeader(positions.get(i), dateline, title(header, dates), published(header, dates));
      }
      if (BodySelector.isBodyLike(paragraph)) {
        sentences++;
        sentenceWords += BodySelector.wordCount(paragraph);
      }
    }
    int run = 0;
    while (run < paragraphs.size() && run < limit && BodySelector.isHeadlineLike(paragraphs.get(run))) {
      run++;
    }
    return new ArticleHeader(0, null, null, published(paragraphs.subList(0, run), dates));
  }

  private static String title(List<String> header, PublicationDates dates) {
    for (String line : header) {
      if (BodySelector.isHeadlineLike(line) && BodySelector.wordCount(line) >= TITLE_MIN_WORDS
          && dates.find(line, true) == null) {
        return line;
      }
    }
    return null;
  }

  /** The last date with a time in the header: the one next to the headline and byline, after any list of links. */
  private static PublicationDates.Published published(List<String> header, PublicationDates dates) {
    for (int i = header.size() - 1; i >= 0; i--) {
      PublicationDates.Published published = dates.find(header.get(i), true);
      if (published != null) {
        return published;
      }
    }
    return null;
  }
}
