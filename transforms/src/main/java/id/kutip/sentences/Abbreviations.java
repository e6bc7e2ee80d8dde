package id.kutip.sentences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Abbreviations whose full stop CoreNLP's English tokenizer takes for a sentence end, from {@code
 * abbreviations.tsv}: {@code prefix} ones ({@code Jl.}, {@code Dr.}, {@code Rp.}) never end a sentence; {@code suffix}
 * ones ({@code dll.}, {@code Tbk.}, {@code M.Si.}) end one only before a capitalised word or an opening quote.
 * Case-sensitive: written without the final full stop.
 */
public final class Abbreviations {
  public static final String BUNDLED = "/id/kutip/sentences/abbreviations.tsv";
  private static final String HEADER = "abbreviation\tkind\tnote";

  private final Set<String> prefixes;
  private final Set<String> suffixes;

  private Abbreviations(Set<String> prefixes, Set<String> suffixes) {
    this.prefixes = Set.copyOf(prefixes);
    this.suffixes = Set.copyOf(suffixes);
  }

  public static Abbreviations bundled() {
    try (InputStream in = Abbreviations.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Abbreviations parse(String content, String name) {
    Set<String> prefixes = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    String[] lines = content.split("\n", -1);
    if (!lines[0].strip().equals(HEADER)) {
      throw new IllegalArgumentException(name + ":1: the header must be `" + HEADER.replace("\t", "<TAB>") + "`");
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = name + ":" + (i + 1);
      if (cols.length < 2 || cols[0].isBlank() || cols[0].endsWith(".")) {
        throw new IllegalArgumentException(where + ": expected abbreviation (without its final full stop)<TAB>kind");
      }
      switch (cols[1].strip()) {
        case "prefix" -> prefixes.add(cols[0].strip());
        case "suffix" -> suffixes.add(cols[0].strip());
        default -> throw new IllegalArgumentException(where + ": kind must be prefix or suffix, not " + cols[1]);
      }
    }
    return new Abbreviations(prefixes, suffixes);
  }

  /** The length of the longest abbreviation, in chars. */
  public int maxLength() {
    int max = 0;
    for (String a : prefixes) {
      max = Math.max(max, a.length());
    }
    for (String a : suffixes) {
      max = Math.max(max, a.length());
    }
    return max;
  }

  /** Whether {@code word} (without its full stop) is always followed by more of the same sentence. */
  public boolean isPrefix(String word) {
    return prefixes.contains(word);
  }

  /** Whether {@code word} (without its full stop) ends a sentence only before a capitalised word. */
  public boolean isSuffix(String word) {
    return suffixes.contains(word);
  }
}
