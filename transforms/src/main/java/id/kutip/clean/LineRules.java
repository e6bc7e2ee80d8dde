package id.kutip.clean;

import id.kutip.common.OpeningClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cleaning rules: line patterns loaded from TSV files (kind, pattern, note). The bundled files are listed in
 * {@code rules.txt} (one per language and per outlet); a user adds files of the same form with
 * {@code --boilerplateFiles}. See {@code boilerplate-id.tsv} for the kinds.
 */
public final class LineRules implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FOLDER = "/id/kutip/clean/";
  public static final String BUNDLED = FOLDER + "rules.txt";

  /** What a line pattern means. */
  public enum Kind {
    DROP, DROP_WITH_NEXT, END, DATELINE, SPLIT, AUTHOR, EDITOR, TITLE_AFFIX
  }

  /** A dateline found at the start of a paragraph: where the article was written and by which outlet. */
  public record Dateline(String place, String outlet) {}

  /** A byline: who wrote or edited the article; {@code name} is null when it stands on a neighbouring line. */
  public record Byline(Kind role, String name) {}

  /**
   * A compiled pattern with the text a line must contain for it to match ({@link RequiredText}), and its place among
   * all the rules: every line meets every rule, and one search of the line for every rule's text ({@link RuleTexts})
   * rejects most lines before any regex runs.
   */
  private record Rule(Pattern pattern, RequiredText needs, int index, BitSet starts) implements Serializable {
    private static final long serialVersionUID = 3L;

    /** {@code starts}: the chars a match can start at, when the regex opens with a lookahead of one class. */
    Rule(Pattern pattern, int index) {
      this(pattern, RequiredText.of(pattern), index, OpeningClass.of(pattern));
    }

    /** The matcher for a whole-line match, or null when the line cannot match. */
    Matcher matching(Scan scan) {
      if (!RuleTexts.has(scan.present, index)) {
        return null;
      }
      Matcher m = pattern.matcher(scan.line);
      return m.matches() ? m : null;
    }
  }

  /** A line, and the rules that can match it (their texts are in it): found once for all the kinds tried on it. */
  static final class Scan {
    private final String line;
    private final long[] present;

    private Scan(String line, long[] present) {
      this.line = line;
      this.present = present;
    }
  }

  /** Every rule, in the order read: a rule's index in {@link RuleTexts}. */
  private final List<Rule> all = new ArrayList<>();
  /** Built on first use from {@link #all}; rebuilt after a read. Immutable, so racing builds are harmless. */
  private transient RuleTexts texts;

  private final List<Rule> drop = new ArrayList<>();
  private final List<Rule> dropWithNext = new ArrayList<>();
  private final List<Rule> end = new ArrayList<>();
  private final List<Rule> dateline = new ArrayList<>();
  private final List<Rule> split = new ArrayList<>();
  private final List<Rule> author = new ArrayList<>();
  private final List<Rule> editor = new ArrayList<>();
  private final List<Rule> titleAffix = new ArrayList<>();

  /** The bundled rules (outlet files first, so that their datelines win) plus the user's files, in that order. */
  public static LineRules load(List<String> userFiles) {
    LineRules rules = new LineRules();
    for (String file : ResourceLists.names(BUNDLED)) {
      try (InputStream in = LineRules.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new IllegalStateException("Bundled rule file missing: " + FOLDER + file);
        }
        rules.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String file : userFiles) {
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        rules.read(reader, file);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read boilerplate file " + file + ": " + e.getMessage(), e);
      }
    }
    rules.scan(""); // the automaton of the rules' texts is built here, with the rules, not on the first line
    return rules;
  }

  void read(Reader reader, String name) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("kind\t")) {
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new IllegalArgumentException(name + ":" + number + ": expected `kind<TAB>pattern<TAB>note`");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + number + ": unknown kind `" + cols[0] + "`");
      }
      // Datelines and split points are about capitals and punctuation: they keep case. The others ignore it.
      int flags = kind == Kind.DATELINE || kind == Kind.SPLIT ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      Pattern pattern;
      try {
        pattern = Pattern.compile(cols[1], flags);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + ":" + number + ": bad pattern: " + e.getDescription(), e);
      }
      Rule rule = new Rule(pattern, all.size());
      all.add(rule);
      texts = null;
      switch (kind) {
        case DROP -> drop.add(rule);
        case DROP_WITH_NEXT -> dropWithNext.add(rule);
        case END -> end.add(rule);
        case DATELINE -> dateline.add(rule);
        case SPLIT -> split.add(rule);
        case AUTHOR -> author.add(rule);
        case EDITOR -> editor.add(rule);
        case TITLE_AFFIX -> titleAffix.add(rule);
      }
    }
  }

  public boolean drops(String line) {
    return drops(scan(line));
  }

  public boolean dropsWithNext(String line) {
    return dropsWithNext(scan(line));
  }

  public boolean ends(String line) {
    return ends(scan(line));
  }

  /** The line with the rules that can match it: callers that try several kinds of rule on one line scan it once. */
  Scan scan(String line) {
    RuleTexts built = texts;
    if (built == null) {
      built = new RuleTexts(all.stream().map(Rule::needs).toList());
      texts = built;
    }
    return new Scan(line, built.present(line));
  }

  boolean drops(Scan line) {
    return matchesAny(drop, line);
  }

  boolean dropsWithNext(Scan line) {
    return matchesAny(dropWithNext, line);
  }

  boolean ends(Scan line) {
    return matchesAny(end, line);
  }

  public boolean isDateline(String line) {
    return dateline(line) != null;
  }

  /** The dateline that opens this paragraph, or null. */
  public Dateline dateline(String paragraph) {
    Scan scan = scan(paragraph);
    for (Rule rule : dateline) {
      Matcher m = rule.matching(scan);
      if (m != null) {
        return new Dateline(group(m, "place"), group(m, "outlet"));
      }
    }
    return null;
  }

  /** The byline this line is, or null: an author or editor label with the name when it is on the same line. */
  public Byline byline(String line) {
    return byline(scan(line));
  }

  Byline byline(Scan line) {
    for (Kind role : List.of(Kind.AUTHOR, Kind.EDITOR)) {
      for (Rule rule : role == Kind.AUTHOR ? author : editor) {
        Matcher m = rule.matching(line);
        if (m != null) {
          return new Byline(role, group(m, "name"));
        }
      }
    }
    return null;
  }

  /** The line cut where a scraper glued paragraphs together (a split pattern's match is removed). */
  public List<String> split(String line) {
    List<String> pieces = List.of(line);
    for (Rule rule : split) {
      List<String> next = new ArrayList<>();
      for (String piece : pieces) {
        if (!rule.needs().foundIn(piece)) {
          next.add(piece);
          continue;
        }
        // Tried only where a match can start when the regex opens with its first chars ((?=[,]) for the bundled rule),
        // not at every char of every line that has the rule's text: find() was a fifth of cleaning.
        int[] from = {0};
        OpeningClass.find(rule.pattern(), rule.starts(), piece, (start, end) -> {
          next.add(piece.substring(from[0], start));
          from[0] = end;
        });
        next.add(piece.substring(from[0]));
      }
      pieces = next;
    }
    return pieces;
  }

  /** The title without the site names around it ({@code ... - Kompas.com Regional}, {@code KapanLagi.com: ...}). */
  public String stripTitleAffixes(String title) {
    String stripped = title;
    for (Rule rule : titleAffix) {
      stripped = rule.pattern().matcher(stripped).replaceAll("");
    }
    stripped = stripped.strip();
    return stripped.isEmpty() ? title.strip() : stripped;
  }

  private static String group(Matcher m, String name) {
    if (!m.pattern().pattern().contains("(?<" + name + ">")) {
      return null;
    }
    String value = m.group(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static boolean matchesAny(List<Rule> rules, Scan line) {
    for (Rule rule : rules) {
      if (rule.matching(line) != null) {
        return true;
      }
    }
    return false;
  }

  /** Every rule's pattern, by kind. */
  java.util.Map<Kind, List<Pattern>> patterns() {
    java.util.Map<Kind, List<Pattern>> out = new java.util.EnumMap<>(Kind.class);
    List<List<Rule>> byKind = List.of(drop, dropWithNext, end, dateline, split, author, editor, titleAffix);
    for (Kind kind : Kind.values()) {
      out.put(kind, byKind.get(kind.ordinal()).stream().map(Rule::pattern).toList());
    }
    return out;
  }
}
