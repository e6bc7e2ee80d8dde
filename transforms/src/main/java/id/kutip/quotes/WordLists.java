package id.kutip.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Loads a bundled one-entry-per-line word list (lines starting with # are comments), lower-cased. */
final class WordLists {
  private WordLists() {}

  /** The first column of a bundled TSV with a header line, comments skipped, case kept. */
  static List<String> firstColumn(String resource) {
    return rows(resource).stream().map(row -> row[0]).toList();
  }

  /** The rows of a tab-separated list after its header, blank lines and {@code #} comments left out. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines(resource)) {
      if (header) {
        header = false;
        continue;
      }
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled list " + resource);
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> load(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled list " + resource);
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
