package id.kutip.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules again, on paragraphs once split lines are joined back: a footer whose pieces were links
 * ({@code Simak} / {@code breaking news} / {@code dan} ...) only matches as a whole. Also marks a teaser list as the
 * end of the article: a headline printed twice within a few paragraphs.
 */
final class ParagraphRules {
  /** How far ahead a repeated headline is looked for. */
  static final int TEASER_WINDOW = 2;

  private ParagraphRules() {}

  static List<Paragraph> apply(List<Paragraph> paragraphs, LineRules rules) {
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      String text = paragraph.text();
      LineRules.Scan scan = rules.scan(text); // once for the three kinds of rule below
      if (paragraph.stop() || rules.ends(scan) || isRepeatedHeadline(paragraphs, i)) {
        kept.add(new Paragraph(text, true));
      } else if (!rules.drops(scan) && rules.byline(scan) == null) {
        kept.add(paragraph);
      }
    }
    return kept;
  }

  private static boolean isRepeatedHeadline(List<Paragraph> paragraphs, int i) {
    String text = paragraphs.get(i).text();
    if (!BodySelector.isHeadlineLike(text)) {
      return false;
    }
    for (int j = i + 1; j <= i + TEASER_WINDOW && j < paragraphs.size(); j++) {
      if (ParagraphScore.sameWithoutSpaces(paragraphs.get(j).text(), text)) {
        return true;
      }
    }
    return false;
  }
}
