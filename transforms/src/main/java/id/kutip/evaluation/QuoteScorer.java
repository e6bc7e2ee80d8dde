package id.kutip.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores predicted quotes against gold quotes with the metric of the guidelines (the same as the independent
 * {@code score.py}): a prediction matches a gold quote of the same document when their word multisets have a Dice
 * overlap of at least 0.5, best overlap first, one to one; the speaker is right when a predicted name or mention
 * equals the gold speaker or an alias, contains all words of one, or is contained in the gold speaker with at
 * least two words in common. Verbs of hope and belief are optional cues: neither missed nor spurious.
 */
public final class QuoteScorer {
  public static final Set<String> OPTIONAL_CUES = Set.of(
      "berharap", "harap", "mengharapkan", "yakin", "meyakini", "menyakini", "menduga", "memperkirakan", "berasumsi");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final List<String> TYPES = List.of("direct", "indirect", "mixed");

  private QuoteScorer() {}

  /** Precision, recall and F1 of spans and of span-and-speaker, as score.py reports them. */
  public record Block(int gold, int pred, double spanP, double spanR, double spanF1, double speakerAccuracy,
      double e2eP, double e2eR, double e2eF1) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gold=%4d pred=%4d  span P/R/F1=%s/%s/%s  speaker_acc=%s  e2e P/R/F1=%s/%s/%s",
          gold, pred, f(spanP), f(spanR), f(spanF1), f(speakerAccuracy), f(e2eP), f(e2eR), f(e2eF1));
    }

    /** Three decimals of the exact binary value, rounded half-even: what Python's format prints. */
    private static String f(double x) {
      return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
  }

  /** One error, for inspection: {@code missed}, {@code spurious} or {@code wrong speaker}. */
  public record Error(String kind, String doc, String text, String expected, String got) {}

  /** The blocks ({@code all}, {@code direct}, {@code indirect}, {@code mixed}) and the errors. */
  public record Result(Map<String, Block> blocks, List<Error> errors) {
    public Block all() {
      return blocks.get("all");
    }
  }

  private record Match(GoldQuote gold, PredictedQuote pred, boolean speakerRight) {}

  /** Scores the predictions of the documents that have gold (or of {@code docs} when given). */
  public static Result score(List<GoldQuote> goldQuotes, List<PredictedQuote> predictions, Set<String> docs) {
    Set<String> goldDocs = new TreeSet<>();
    if (docs == null) {
      goldQuotes.forEach(g -> goldDocs.add(g.doc()));
    } else {
      goldDocs.addAll(docs);
    }
    Map<String, List<GoldQuote>> goldByDoc = new HashMap<>();
    Map<String, List<PredictedQuote>> predByDoc = new HashMap<>();
    List<GoldQuote> gold = new ArrayList<>();
    List<PredictedQuote> preds = new ArrayList<>();
    for (GoldQuote g : goldQuotes) {
      if (goldDocs.contains(g.doc())) {
        gold.add(g);
        goldByDoc.computeIfAbsent(g.doc(), d -> new ArrayList<>()).add(g);
      }
    }
    for (PredictedQuote p : predictions) {
      if (goldDocs.contains(p.doc())) {
        preds.add(p);
        predByDoc.computeIfAbsent(p.doc(), d -> new ArrayList<>()).add(p);
      }
    }
    List<Match> matches = new ArrayList<>();
    List<Error> errors = new ArrayList<>();
    Set<GoldQuote> ignoredGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<PredictedQuote> ignoredPred = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String doc : goldDocs) {
      List<GoldQuote> gs = goldByDoc.getOrDefault(doc, List.of());
      List<PredictedQuote> ps = predByDoc.getOrDefault(doc, List.of());
      List<double[]> pairs = new ArrayList<>();
      List<List<String>> predWords = ps.stream().map(p -> words(p.text())).toList();
      for (int gi = 0; gi < gs.size(); gi++) {
        List<String> gw = words(gs.get(gi).quote());
        for (int pi = 0; pi < ps.size(); pi++) {
          double d = dice(gw, predWords.get(pi));
          if (d >= 0.5) {
            pairs.add(new double[] {d, gi, pi});
          }
        }
      }
      // score.py sorts (dice, gold index, prediction index) descending; ties fall the same way here.
      pairs.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1])
          .thenComparingDouble(a -> a[2]).reversed());
      Set<Integer> usedG = new HashSet<>();
      Set<Integer> usedP = new HashSet<>();
      for (double[] pair : pairs) {
        int gi = (int) pair[1];
        int pi = (int) pair[2];
        if (usedG.contains(gi) || usedP.contains(pi)) {
          continue;
        }
        usedG.add(gi);
        usedP.add(pi);
        boolean ok = speakerRight(ps.get(pi).speakerNames(), gs.get(gi));
        matches.add(new Match(gs.get(gi), ps.get(pi), ok));
        if (!ok) {
          errors.add(new Error("wrong speaker", doc, gs.get(gi).quote(), gs.get(gi).speaker(),
              String.valueOf(ps.get(pi).speakerNames())));
        }
      }
      for (int gi = 0; gi < gs.size(); gi++) {
        if (!usedG.contains(gi)) {
          if (optional(gs.get(gi).cue())) {
            ignoredGold.add(gs.get(gi));
          } else {
            errors.add(new Error("missed", doc, gs.get(gi).quote(), gs.get(gi).speaker(), gs.get(gi).type()));
          }
        }
      }
      for (int pi = 0; pi < ps.size(); pi++) {
        if (!usedP.contains(pi)) {
          if (optional(ps.get(pi).cue())) {
            ignoredPred.add(ps.get(pi));
          } else {
            errors.add(new Error("spurious", doc, ps.get(pi).text(), "", ps.get(pi).speakerNames() + " " + ps.get(pi).type()));
          }
        }
      }
    }
    gold.removeIf(ignoredGold::contains);
    preds.removeIf(ignoredPred::contains);

    Map<String, Block> blocks = new LinkedHashMap<>();
    blocks.put("all", block(gold.size(), preds.size(), matches));
    Set<PredictedQuote> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    matches.forEach(m -> matched.add(m.pred()));
    for (String type : TYPES) {
      List<Match> typed = matches.stream().filter(m -> m.gold().type().equals(type)).toList();
      int nGold = (int) gold.stream().filter(g -> g.type().equals(type)).count();
      int nPred = typed.size() + (int) preds.stream().filter(p -> !matched.contains(p) && p.type().equals(type)).count();
      blocks.put(type, block(nGold, nPred, typed));
    }
    return new Result(blocks, errors);
  }

  private static Block block(int nGold, int nPred, List<Match> matches) {
    int spanTp = matches.size();
    int e2eTp = (int) matches.stream().filter(Match::speakerRight).count();
    double[] span = prf(spanTp, nPred, nGold);
    double[] e2e = prf(e2eTp, nPred, nGold);
    return new Block(nGold, nPred, span[0], span[1], span[2], spanTp == 0 ? 0 : round((double) e2eTp / spanTp),
        e2e[0], e2e[1], e2e[2]);
  }

  private static double[] prf(int tp, int nPred, int nGold) {
    double p = nPred == 0 ? 0 : (double) tp / nPred;
    double r = nGold == 0 ? 0 : (double) tp / nGold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {round(p), round(r), round(f)};
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  static boolean optional(String cue) {
    return cue != null && OPTIONAL_CUES.contains(cue.strip().toLowerCase(Locale.ROOT));
  }

  /** Lower-cased words without punctuation or quote marks, as score.py's {@code words}. */
  public static List<String> words(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = NOT_WORD.matcher(t).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      String s = stripDashes(w);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String stripDashes(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && w.charAt(a) == '-') {
      a++;
    }
    while (b > a && w.charAt(b - 1) == '-') {
      b--;
    }
    return w.substring(a, b);
  }

  static double dice(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Integer> ca = counts(a);
    Map<String, Integer> cb = counts(b);
    int common = 0;
    for (Map.Entry<String, Integer> e : ca.entrySet()) {
      common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * common / (a.size() + b.size());
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> c = new HashMap<>();
    words.forEach(w -> c.merge(w, 1, Integer::sum));
    return c;
  }

  static boolean speakerRight(List<String> predNames, GoldQuote gold) {
    List<List<String>> targets = new ArrayList<>();
    List<String> full = words(gold.speaker());
    if (!full.isEmpty()) {
      targets.add(full);
    }
    for (String alias : gold.speakerAliases()) {
      List<String> w = words(alias);
      if (!w.isEmpty()) {
        targets.add(w);
      }
    }
    for (String name : predNames) {
      List<String> p = words(name);
      if (p.isEmpty()) {
        continue;
      }
      for (List<String> t : targets) {
        if (p.equals(t) || p.containsAll(t)) {
          return true;
        }
      }
      Set<String> common = new HashSet<>(p);
      common.retainAll(new HashSet<>(full));
      if (common.size() >= 2 && full.containsAll(p)) {
        return true;
      }
    }
    return false;
  }

  /** Reads a gold file in the guidelines' JSON Lines form. */
  public static List<GoldQuote> readGold(java.nio.file.Path file) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    List<GoldQuote> gold = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode n = mapper.readTree(line);
      List<String> aliases = new ArrayList<>();
      if (n.has("speaker_aliases")) {
        n.get("speaker_aliases").forEach(a -> aliases.add(a.asText()));
      }
      gold.add(new GoldQuote(n.get("doc").asText(), n.get("type").asText(), n.get("quote").asText(),
          n.path("speaker").asText(""), n.path("speaker_kind").asText(""), aliases,
          n.hasNonNull("cue") ? n.get("cue").asText() : null));
    }
    return gold;
  }

  /** The report lines, as score.py prints them. */
  public static String report(Result result) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Block> e : result.blocks().entrySet()) {
      out.append(String.format(Locale.ROOT, "%-9s %s%n", e.getKey(), e.getValue()));
    }
    return out.toString();
  }
}
