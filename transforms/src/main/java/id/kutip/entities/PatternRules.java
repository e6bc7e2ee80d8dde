package id.kutip.entities;

import id.kutip.common.OpeningClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed expressions (dates, times, money, percentages) by pattern, from {@code patterns.tsv}: macros
 * ({@code @NAME<TAB>regex}) apart from rules ({@code name<TAB>TYPE<TAB>regex}, macros used as {@code {{NAME}}}).
 *
 * <p>A rule that opens with a lookahead of one character class ({@code (?=[SRKJMA])}, as the bundled ones do) is
 * tried only where the text has such a character: one pass over the text finds those places for all rules at once,
 * from a table built from the class when the rules are loaded. A regex's own {@code find()} would test the lookahead
 * at every character, once per rule. The hits are the same ({@code PatternRulesTest}); a rule without such an
 * opening is searched with {@code find()}.
 */
public final class PatternRules {
  public static final String BUNDLED = "/id/kutip/entities/patterns.tsv";

  /** A compiled rule. */
  public record Rule(String name, String type, Pattern pattern) {}

  /** A rule's match as offsets. */
  public record Hit(Rule rule, int start, int end) {}

  private final List<Rule> rules;
  /**
   * For each char, the rules (as bits, by rule index) whose opening class it is in; a rule without an opening class
   * has no bit anywhere. High surrogates are candidates of every rule with a class, so that a class of letters
   * outside the BMP loses nothing.
   */
  private final long[] startsByChar;
  /** The rules that have no opening class: searched with {@code find()}. */
  private final long searchedWhole;
  /**
   * The rules whose opening class is followed by {@code \\b}: they cannot match where an ASCII word char
   * ({@code [A-Za-z0-9_]}) follows another, inside {@code 10.000} or {@code pukul}, and are not tried there.
   */
  private final long wordStart;

  private PatternRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    if (rules.size() > Long.SIZE) {
      throw new IllegalArgumentException("At most " + Long.SIZE + " pattern rules, not " + rules.size());
    }
    this.startsByChar = new long[Character.MAX_VALUE + 1];
    long whole = 0;
    long boundary = 0;
    for (int r = 0; r < rules.size(); r++) {
      Pattern pattern = rules.get(r).pattern();
      BitSet starts = OpeningClass.of(pattern);
      if (starts == null) {
        whole |= 1L << r;
        continue;
      }
      int after = OpeningClass.end(pattern.pattern());
      if (pattern.pattern().startsWith("\\b", after) && !pattern.pattern().startsWith("\\b{", after)) {
        boundary |= 1L << r;
      }
      for (int c = starts.nextSetBit(0); c >= 0; c = starts.nextSetBit(c + 1)) {
        startsByChar[c] |= 1L << r;
      }
    }
    this.searchedWhole = whole;
    this.wordStart = boundary;
  }

  public static PatternRules bundled() {
    try (InputStream in = PatternRules.class.getResourceAsStream(BUNDLED)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PatternRules parse(String content, String name) {
    Map<String, String> macros = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (i == 0 && line.startsWith("name\t") || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = name + ":" + (i + 1);
      if (cols[0].startsWith("@")) {
        if (cols.length != 2) {
          throw new IllegalArgumentException(where + ": a macro is `@NAME<TAB>regex`");
        }
        macros.put(cols[0].substring(1), expand(cols[1], macros, where));
        continue;
      }
      if (cols.length != 3) {
        throw new IllegalArgumentException(where + ": a rule is `name<TAB>TYPE<TAB>regex`");
      }
      try {
        rules.add(new Rule(cols[0], cols[1], Pattern.compile(expand(cols[2], macros, where))));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": bad pattern: " + e.getDescription(), e);
      }
    }
    return new PatternRules(rules);
  }

  private static String expand(String regex, Map<String, String> macros, String where) {
    Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = macros.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(where + ": unknown macro {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  List<Rule> rules() {
    return rules;
  }

  /** How many rules have no opening class and are searched with {@code find()}. */
  int rulesSearchedWhole() {
    return Long.bitCount(searchedWhole);
  }

  /** Every rule's non-empty matches, rule by rule in the file's order, each rule's from left to right. */
  public List<Hit> find(String text) {
    List<List<Hit>> byRule = new ArrayList<>(rules.size());
    Matcher[] matchers = new Matcher[rules.size()];
    int[] searchFrom = new int[rules.size()]; // as find() goes on after a match: from its end
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      List<Hit> hits = new ArrayList<>();
      byRule.add(hits);
      if ((searchedWhole & 1L << r) != 0) {
        OpeningClass.find(rule.pattern(), null, text, (start, end) -> hits.add(new Hit(rule, start, end)));
      } else {
        // The lookbehinds and word boundaries of a rule see the text around the place it is tried at.
        matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
    }
    for (int i = 0; i < text.length(); i++) {
      long candidates = startsByChar[text.charAt(i)];
      if (candidates != 0 && i > 0 && isAsciiWordChar(text.charAt(i - 1)) && isAsciiWordChar(text.charAt(i))) {
        candidates &= ~wordStart; // no word boundary here
      }
      while (candidates != 0) {
        int r = Long.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        if (i < searchFrom[r]) {
          continue;
        }
        Matcher m = matchers[r].region(i, text.length());
        if (m.lookingAt()) {
          if (m.end() > m.start()) {
            byRule.get(r).add(new Hit(rules.get(r), m.start(), m.end()));
          }
          searchFrom[r] = Math.max(m.end(), i + 1);
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    byRule.forEach(hits::addAll);
    return hits;
  }

  /** A word char to {@code \\b} under any flags, which no mark or surrogate next to it can change. */
  private static boolean isAsciiWordChar(char c) {
    return c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
  }
}
