package id.kutip.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed expressions (dates, times, money, percentages) by pattern, from {@code patterns.tsv}: macros
 * ({@code @NAME<TAB>regex}) apart from rules ({@code name<TAB>TYPE<TAB>regex}, macros used as {@code {{NAME}}}).
 */
public final class PatternRules {
  public static final String BUNDLED = "/id/kutip/entities/patterns.tsv";

  /** A compiled rule. */
  public record Rule(String name, String type, Pattern pattern) {}

  /** A rule's match as offsets. */
  public record Hit(Rule rule, int start, int end) {}

  private final List<Rule> rules;

  private PatternRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
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

  public List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new Hit(rule, m.start(), m.end()));
        }
      }
    }
    return hits;
  }
}
