package id.kutip.clean;

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
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The boilerplate line patterns, loaded from TSV files (kind, pattern, note). See {@code boilerplate-id.tsv}. */
public final class LineRules implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String BUNDLED = "/id/kutip/clean/boilerplate-id.tsv";

  /** What a line pattern means. */
  public enum Kind {
    DROP, DROP_WITH_NEXT, END, DATELINE
  }

  private final List<Pattern> drop = new ArrayList<>();
  private final List<Pattern> dropWithNext = new ArrayList<>();
  private final List<Pattern> end = new ArrayList<>();
  private final List<Pattern> dateline = new ArrayList<>();

  /** The bundled rules plus the user's files, in that order. */
  public static LineRules load(List<String> userFiles) {
    LineRules rules = new LineRules();
    try (InputStream in = LineRules.class.getResourceAsStream(BUNDLED)) {
      rules.read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String file : userFiles) {
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        rules.read(reader, file);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read boilerplate file " + file + ": " + e.getMessage(), e);
      }
    }
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
        kind = Kind.valueOf(cols[0].trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + number + ": unknown kind `" + cols[0] + "`");
      }
      try {
        switch (kind) {
          case DROP -> drop.add(Pattern.compile(cols[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          case DROP_WITH_NEXT -> dropWithNext.add(Pattern.compile(cols[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          case END -> end.add(Pattern.compile(cols[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          case DATELINE -> dateline.add(Pattern.compile(cols[1]));
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + ":" + number + ": bad pattern: " + e.getDescription(), e);
      }
    }
  }

  public boolean drops(String line) {
    return matchesAny(drop, line);
  }

  public boolean dropsWithNext(String line) {
    return matchesAny(dropWithNext, line);
  }

  public boolean ends(String line) {
    return matchesAny(end, line);
  }

  public boolean isDateline(String line) {
    return matchesAny(dateline, line);
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
