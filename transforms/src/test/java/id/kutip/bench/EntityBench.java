package id.kutip.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import id.kutip.entities.EntityTagger;
import id.kutip.entities.Gazetteer;
import id.kutip.entities.GazetteerEntry;
import id.kutip.entities.PatternRules;
import id.kutip.entities.Token;
import id.kutip.entities.WordTokenizer;
import id.kutip.sentences.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Speed figures as ratios measured in one run (absolute times depend on the machine):
 *
 * <ol>
 *   <li>entity tagging with the bundled lists plus 1,000 synthetic entries against the same plus 1,000,000: the
 *       token trie makes the cost independent of the lists' size (goal: at most 1.2x);
 *   <li>the typed-expression rules as Java regexes ({@code patterns.tsv}) against the same rules in TokensRegex
 *       ({@code bench/tokensregex/*.rules}) on CoreNLP tokens, with CoreNLP tokenize+ssplit as the yardstick.
 * </ol>
 *
 * Run: {@code mvn -B -q -pl schemas,transforms -am verify -DskipTests -Pbench} (see transforms/pom.xml).
 */
public final class EntityBench {
  private static final int ROUNDS = 15;

  private EntityBench() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = BenchCorpus.texts();
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "corpus: %d documents, %,d characters%n", texts.size(), chars);
    gazetteerSize(texts);
    regexVersusTokensRegex(texts);
  }

  private static void gazetteerSize(List<String> texts) {
    EntityTagger small = taggerWithSynthetic(1_000);
    EntityTagger large = taggerWithSynthetic(1_000_000);
    System.out.printf(Locale.ROOT, "gazetteer written forms: bundled + 1k synthetic %,d, bundled + 1M synthetic %,d%n",
        small.gazetteer().formCount(), large.gazetteer().formCount());
    List<List<Token>> tokens = texts.stream().map(WordTokenizer::tokenize).toList();
    Consumer<Gazetteer> match = g -> {
      for (int i = 0; i < texts.size(); i++) {
        g.match(texts.get(i), tokens.get(i));
      }
    };
    double[] lookups = alternate(() -> match.accept(small.gazetteer()), () -> match.accept(large.gazetteer()));
    System.out.printf(Locale.ROOT, "gazetteer matching, median of %d rounds: 1k %.2f ms, 1M %.2f ms, ratio %.2fx%n",
        ROUNDS, lookups[0], lookups[1], lookups[1] / lookups[0]);
    Consumer<EntityTagger> run = tagger -> texts.forEach(tagger::tag);
    double[] times = alternate(() -> run.accept(small), () -> run.accept(large));
    System.out.printf(Locale.ROOT, "whole entity tagging, median of %d rounds: 1k %.1f ms, 1M %.1f ms, ratio %.2fx%n",
        ROUNDS, times[0], times[1], times[1] / times[0]);
  }

  /** The bundled lists plus {@code n} synthetic two- and three-word names of the three name types. */
  static EntityTagger taggerWithSynthetic(int n) {
    Gazetteer gazetteer = Gazetteer.load(List.of());
    String[] types = {"PERSON", "ORGANIZATION", "LOCATION"};
    for (int i = 0; i < n; i++) {
      String name = word(i) + " " + word(i * 7 + 3) + (i % 3 == 0 ? " " + word(i * 13 + 5) : "");
      gazetteer.add(name, new GazetteerEntry(name, types[i % 3], "synthetic", null));
    }
    return new EntityTagger(gazetteer, PatternRules.bundled());
  }

  /** A capitalised pseudo-word for a number: Zabuk, Zedor ... (letters no Indonesian name starts with this way). */
  private static String word(int i) {
    String consonants = "bdgklmnprstw";
    String vowels = "aeiou";
    StringBuilder b = new StringBuilder("Z");
    int x = Math.abs(i);
    do {
      b.append(vowels.charAt(x % 5)).append(consonants.charAt((x / 5) % 12));
      x /= 60;
    } while (x > 0);
    return b.toString();
  }

  private static void regexVersusTokensRegex(List<String> texts) {
    PatternRules rules = PatternRules.bundled();
    StanfordCoreNLP tokenize = new StanfordCoreNLP(SentenceSplitter.bundledProperties());
    Properties withRules = SentenceSplitter.bundledProperties();
    withRules.setProperty("annotators", "tokenize,ssplit,tokensregex");
    withRules.setProperty("tokensregex.rules",
        "id/kutip/bench/tokensregex/macros.rules,id/kutip/bench/tokensregex/typed.rules");
    StanfordCoreNLP tokensRegex = new StanfordCoreNLP(withRules);
    int[] counts = new int[2];
    Runnable javaRegex = () -> texts.forEach(t -> counts[0] += rules.find(t).size());
    Runnable coreNlpTokens = () -> texts.forEach(t -> tokenize.annotate(new Annotation(t)));
    Runnable coreNlpRules = () -> texts.forEach(t -> {
      Annotation a = new Annotation(t);
      tokensRegex.annotate(a);
      counts[1] += (int) a.get(CoreAnnotations.TokensAnnotation.class).stream()
          .filter(l -> l.ner() != null && !l.ner().equals("O")).count();
    });
    double[] tok = alternate(coreNlpTokens, javaRegex);
    double[] tr = alternate(coreNlpRules, javaRegex);
    double tokensRegexOnly = Math.max(tr[0] - tok[0], 0);
    double regex = (tok[1] + tr[1]) / 2;
    System.out.printf(Locale.ROOT, "typed rules, median of %d rounds: Java regex %.1f ms; CoreNLP tokenize+ssplit %.1f ms;"
        + " tokenize+ssplit+tokensregex %.1f ms (TokensRegex alone %.1f ms)%n", ROUNDS, regex, tok[0], tr[0],
        tokensRegexOnly);
    System.out.printf(Locale.ROOT, "TokensRegex / Java regex: %.1fx; TokensRegex adds %.0f%% to tokenize+ssplit"
        + " (per pass: %d Java regex matches, %d tokens tagged by TokensRegex)%n",
        tokensRegexOnly / regex, 100 * tokensRegexOnly / tok[0], counts[0] / (3 + 2 * ROUNDS),
        counts[1] / (3 + ROUNDS));
  }

  /** Median milliseconds of each of two tasks, run alternately after warming both up. */
  private static double[] alternate(Runnable a, Runnable b) {
    for (int i = 0; i < 3; i++) {
      a.run();
      b.run();
    }
    List<Double> ta = new ArrayList<>();
    List<Double> tb = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      ta.add(time(a));
      tb.add(time(b));
    }
    return new double[] {median(ta), median(tb)};
  }

  private static double time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
