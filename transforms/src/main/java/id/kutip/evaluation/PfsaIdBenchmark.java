package id.kutip.evaluation;

import id.kutip.entities.EntityTagger;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.QuoteType;
import id.kutip.sentences.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct-quote span figures on the PFSA-ID test set (Kompas articles; CoNLL {@code token<TAB>BILOU-tag}; STATEMENT
 * spans mark direct quotes of public figures, quote marks included). The tokens are joined back into text, each
 * article (a new one starts at each sentence with an ISSUE span) runs through the stage cores, and the predicted
 * DIRECT quotes are compared with the STATEMENT spans: exactly (same first and last word token, ignoring quote
 * marks and punctuation at the edges) and by the guidelines' word-overlap rule (Dice >= 0.5). For reporting only:
 * no rule is tuned on this set.
 *
 * <p>Usage: {@code java -cp pipeline/target/kutip.jar id.kutip.evaluation.PfsaIdBenchmark
 * src/benchmarks/pfsa-id/test-data.txt}
 */
public final class PfsaIdBenchmark {
  private record Token(String text, String tag, int start, int end) {}

  /** One article: its text, its tokens with offsets, its gold statement spans as token index ranges. */
  private record Article(String text, List<Token> tokens, List<int[]> statements) {}

  /** Counts for exact and overlap matching. */
  public record Figures(int gold, int predicted, int exactMatches, int overlapMatches) {
    double f1(int matches) {
      double p = predicted == 0 ? 0 : (double) matches / predicted;
      double r = gold == 0 ? 0 : (double) matches / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "STATEMENT spans %d, predicted direct quotes %d%n"
              + "exact span:   P/R/F1 = %.3f/%.3f/%.3f%n"
              + "word overlap: P/R/F1 = %.3f/%.3f/%.3f (Dice >= 0.5, as the guidelines score)",
          gold, predicted, (double) exactMatches / Math.max(1, predicted), (double) exactMatches / Math.max(1, gold),
          f1(exactMatches), (double) overlapMatches / Math.max(1, predicted), (double) overlapMatches / Math.max(1, gold),
          f1(overlapMatches));
    }
  }

  private PfsaIdBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "src/benchmarks/pfsa-id/test-data.txt");
    System.out.println(run(file));
  }

  public static Figures run(Path file) throws IOException {
    List<Article> articles = read(Files.readAllLines(file, StandardCharsets.UTF_8));
    EntityTagger tagger = EntityTagger.load(List.of());
    QuoteAttributor attributor = new QuoteAttributor();
    int gold = 0;
    int predicted = 0;
    int exact = 0;
    int overlap = 0;
    int n = 0;
    for (Article article : articles) {
      Document doc = Document.newBuilder()
          .setDocId("pfsa-" + n++).setSourceUri("pfsa-id").setText(article.text())
          .setSentences(SentenceSplitter.shared().split(article.text()))
          .setEntities(tagger.tag(article.text()))
          .build();
      List<int[]> predictedSpans = new ArrayList<>();
      for (Quote q : attributor.attribute(doc)) {
        if (q.getType() == QuoteType.DIRECT) {
          int[] span = tokenRange(article.tokens(), q.getStart(), q.getEnd());
          if (span != null) {
            predictedSpans.add(span);
          }
        }
      }
      gold += article.statements().size();
      predicted += predictedSpans.size();
      exact += matches(article, predictedSpans, true);
      overlap += matches(article, predictedSpans, false);
    }
    return new Figures(gold, predicted, exact, overlap);
  }

  private static int matches(Article article, List<int[]> predicted, boolean exact) {
    Set<Integer> used = new HashSet<>();
    int found = 0;
    for (int[] g : article.statements()) {
      int[] gt = trim(article.tokens(), g);
      List<String> gw = words(article, gt);
      for (int i = 0; i < predicted.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        int[] pt = trim(article.tokens(), predicted.get(i));
        boolean ok = exact ? gt != null && pt != null && gt[0] == pt[0] && gt[1] == pt[1]
            : QuoteScorer.dice(gw, words(article, pt)) >= 0.5;
        if (ok) {
          used.add(i);
          found++;
          break;
        }
      }
    }
    return found;
  }

  private static List<String> words(Article article, int[] range) {
    if (range == null) {
      return List.of();
    }
    return QuoteScorer.words(article.text().substring(article.tokens().get(range[0]).start(),
        article.tokens().get(range[1]).end()));
  }

  /** The range without quote marks and punctuation at its edges. */
  private static int[] trim(List<Token> tokens, int[] range) {
    int a = range[0];
    int b = range[1];
    while (a <= b && isPunctuation(tokens.get(a).text())) {
      a++;
    }
    while (b >= a && isPunctuation(tokens.get(b).text())) {
      b--;
    }
    return a <= b ? new int[] {a, b} : null;
  }

  private static boolean isPunctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Token indexes overlapped by the character span [start, end). */
  private static int[] tokenRange(List<Token> tokens, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > start && t.start() < end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  private static List<Article> read(List<String> lines) {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split("\t");
      current.add(new String[] {cols[0], cols.length > 1 ? cols[1] : "O"});
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    List<Article> articles = new ArrayList<>();
    List<List<String[]>> article = new ArrayList<>();
    for (List<String[]> sentence : sentences) {
      boolean opensIssue = sentence.stream().anyMatch(t -> t[1].equals("B-ISSUE") || t[1].equals("U-ISSUE"));
      if (opensIssue && !article.isEmpty()) {
        articles.add(detokenize(article));
        article = new ArrayList<>();
      }
      article.add(sentence);
    }
    if (!article.isEmpty()) {
      articles.add(detokenize(article));
    }
    return articles;
  }

  /** Joins tokens back into text: no space before closing punctuation, none inside brackets or quote marks. */
  private static Article detokenize(List<List<String[]>> sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<int[]> statements = new ArrayList<>();
    boolean quoteOpen = false;
    String previous = null;
    int statementStart = -1;
    for (List<String[]> sentence : sentences) {
      for (String[] t : sentence) {
        String word = t[0];
        boolean mark = word.equals("\"") || word.equals("“") || word.equals("”");
        boolean opening = mark && !quoteOpen;
        boolean space = previous != null && !(",.;:!?)]%".contains(word) && word.length() == 1)
            && !(mark && !opening) && !previous.equals("(") && !previous.equals("[") && !word.equals("/")
            && !previous.equals("/") && !(previous.equals("\"") || previous.equals("“") || previous.equals("”"))
                ? true : previous != null && (previous.equals("\"") || previous.equals("“") || previous.equals("”"))
                    && !quoteOpen && !(",.;:!?)".contains(word) && word.length() == 1);
        if (space) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        tokens.add(new Token(word, t[1], start, text.length()));
        if (mark) {
          quoteOpen = !quoteOpen;
        }
        int index = tokens.size() - 1;
        if (t[1].equals("B-STATEMENT") || t[1].equals("U-STATEMENT")) {
          statementStart = index;
        }
        if ((t[1].equals("L-STATEMENT") || t[1].equals("U-STATEMENT")) && statementStart >= 0) {
          statements.add(new int[] {statementStart, index});
          statementStart = -1;
        }
        previous = word;
      }
    }
    return new Article(text.toString(), tokens, statements);
  }
}
