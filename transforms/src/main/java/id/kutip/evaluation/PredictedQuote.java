package id.kutip.evaluation;

import id.kutip.schema.Quote;
import java.util.ArrayList;
import java.util.List;

/** A predicted quote as the scorer sees it: its document, words, type, speaker names and cue. */
public record PredictedQuote(String doc, String text, String type, List<String> speakerNames, String cue) {
  public static PredictedQuote of(Quote quote) {
    List<String> names = new ArrayList<>();
    if (quote.getSpeaker().getName() != null) {
      names.add(quote.getSpeaker().getName());
    }
    if (quote.getSpeaker().getMention() != null) {
      names.add(quote.getSpeaker().getMention());
    }
    return new PredictedQuote(quote.getDocId(), quote.getText(), quote.getType().name().toLowerCase(java.util.Locale.ROOT),
        names, quote.getCue());
  }
}
