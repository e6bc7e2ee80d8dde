package id.kutip.entities;

import id.kutip.schema.Entity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the tagger against a CoNLL file (one token a line, its IOB tag in the last column, a blank line between
 * sentences): each sentence's tokens are joined into running text (no space before {@code , . ) ;} and the like,
 * none after {@code (}), {@link EntityTagger#tag} runs on it, and each entity becomes the tokens it overlaps.
 * Precision, recall and F1 per type by exact span match. Gold labels are mapped to the tagger's types ({@code
 * PER}/{@code PERSON}/{@code PPL} to PERSON, {@code ORG}/{@code ORGANISATION} to ORGANIZATION, {@code
 * LOC}/{@code PLACE}/{@code PLC}/{@code GPE} to LOCATION); other labels count as outside.
 */
public final class NerEvaluation {
  /** The types scored unless told otherwise. */
  public static final List<String> DEFAULT_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("PER", "PERSON"), Map.entry("PERSON", "PERSON"), Map.entry("PPL", "PERSON"),
      Map.entry("ORG", "ORGANIZATION"), Map.entry("ORGANISATION", "ORGANIZATION"),
      Map.entry("ORGANIZATION", "ORGANIZATION"),
      Map.entry("LOC", "LOCATION"), Map.entry("LOCATION", "LOCATION"), Map.entry("PLACE", "LOCATION"),
      Map.entry("PLC", "LOCATION"), Map.entry("GPE", "LOCATION"));

  /** A sentence of a CoNLL file: its tokens and their IOB tags. */
  public record ConllSentence(List<String> tokens, List<String> tags) {}

  /** An entity as a token span {@code [first, last]} of a sentence. */
  public record Span(int sentence, int first, int last, String type) {}

  /** Counts for one type. */
  public record Counts(int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }
  }

  /** Per-type counts and the micro-averaged total over the scored types. */
  public record Report(String name, int sentences, Map<String, Counts> byType, Counts total) {
    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "%s: %d sentences%n", name, sentences);
      out.printf(Locale.ROOT, "  %-13s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
      byType.forEach((type, c) -> line(out, type, c));
      line(out, "all (micro)", total);
    }

    private static void line(PrintStream out, String type, Counts c) {
      out.printf(Locale.ROOT, "  %-13s %6d %6d %6d %7.3f %7.3f %7.3f%n",
          type, c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
    }
  }

  private final EntityTagger tagger;
  private final List<String> types;

  public NerEvaluation(EntityTagger tagger, List<String> types) {
    this.tagger = tagger;
    this.types = List.copyOf(types);
  }

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          sentences.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
          tokens.clear();
          tags.clear();
        }
        continue;
      }
      String[] cols = line.split("\\s+");
      tokens.add(cols[0]);
      tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
    }
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
    }
    return sentences;
  }

  /** Gold spans of a sentence from its IOB tags (an I- without a B- starts a span), mapped to the tagger's types. */
  static List<Span> goldSpans(int index, ConllSentence sentence) {
    List<Span> spans = new ArrayList<>();
    String open = null;
    int first = -1;
    List<String> tags = sentence.tags();
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String type = prefix.equals("O") ? null : LABELS.get(tag.substring(2).toUpperCase(Locale.ROOT));
      boolean continues = type != null && prefix.equals("I") && type.equals(open);
      if (open != null && !continues) {
        spans.add(new Span(index, first, i - 1, open));
        open = null;
      }
      if (type != null && !continues) {
        open = type;
        first = i;
      }
    }
    return spans;
  }

  /** The sentence as running text; {@code starts}/{@code ends} receive each token's offsets. */
  static String text(List<String> tokens, int[] starts, int[] ends) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (i > 0 && !attachesLeft(token) && !opensRight(tokens.get(i - 1))) {
        b.append(' ');
      }
      starts[i] = b.length();
      b.append(token);
      ends[i] = b.length();
    }
    return b.toString();
  }

  private static boolean attachesLeft(String token) {
    return token.length() == 1 && ",.;:!?)]%".indexOf(token.charAt(0)) >= 0;
  }

  private static boolean opensRight(String token) {
    return token.equals("(") || token.equals("[");
  }

  /** Predicted spans: each entity of a scored type becomes the tokens it overlaps. */
  List<Span> predictedSpans(int index, ConllSentence sentence) {
    int n = sentence.tokens().size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    String text = text(sentence.tokens(), starts, ends);
    List<Span> spans = new ArrayList<>();
    for (Entity e : tagger.tag(text)) {
      if (!types.contains(e.getType())) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int t = 0; t < n; t++) {
        if (starts[t] < e.getEnd() && ends[t] > e.getStart()) {
          if (first < 0) {
            first = t;
          }
          last = t;
        }
      }
      if (first >= 0) {
        spans.add(new Span(index, first, last, e.getType()));
      }
    }
    return spans;
  }

  public Report evaluate(String name, List<ConllSentence> sentences) {
    Set<Span> gold = new HashSet<>();
    Set<Span> predicted = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : goldSpans(i, sentences.get(i))) {
        if (types.contains(s.type())) {
          gold.add(s);
        }
      }
      predicted.addAll(predictedSpans(i, sentences.get(i)));
    }
    Map<String, Counts> byType = new LinkedHashMap<>();
    Counts total = new Counts(0, 0, 0);
    for (String type : types) {
      int g = (int) gold.stream().filter(s -> s.type().equals(type)).count();
      int p = (int) predicted.stream().filter(s -> s.type().equals(type)).count();
      int c = (int) predicted.stream().filter(s -> s.type().equals(type) && gold.contains(s)).count();
      Counts counts = new Counts(g, p, c);
      byType.put(type, counts);
      total = total.plus(counts);
    }
    return new Report(name, sentences.size(), byType, total);
  }

  /** Gold and predicted spans of each sentence with their words, for reading errors. */
  public void printErrors(List<ConllSentence> sentences, PrintStream out) {
    for (int i = 0; i < sentences.size(); i++) {
      ConllSentence s = sentences.get(i);
      Set<Span> gold = new HashSet<>();
      for (Span span : goldSpans(i, s)) {
        if (types.contains(span.type())) {
          gold.add(span);
        }
      }
      Set<Span> predicted = new HashSet<>(predictedSpans(i, s));
      if (gold.equals(predicted)) {
        continue;
      }
      Map<Integer, String> marks = new TreeMap<>();
      for (Span span : gold) {
        if (!predicted.contains(span)) {
          marks.merge(span.first(), "missed " + span.type() + " [" + words(s, span) + "]", (a, b) -> a + "; " + b);
        }
      }
      for (Span span : predicted) {
        if (!gold.contains(span)) {
          marks.merge(span.first(), "wrong " + span.type() + " [" + words(s, span) + "]", (a, b) -> a + "; " + b);
        }
      }
      out.println(String.join(" ", s.tokens()));
      marks.values().forEach(m -> out.println("    " + m));
    }
  }

  private static String words(ConllSentence s, Span span) {
    return String.join(" ", s.tokens().subList(span.first(), span.last() + 1));
  }
}
