package id.kutip.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled data files of this package: word lists and TSV tables, with {@code #} comments. */
final class ResourceLists {
  private ResourceLists() {}

  /** The non-blank, non-comment lines of a resource, stripped. */
  static List<String> names(String resource) {
    List<String> names = new ArrayList<>();
    for (String line : lines(resource)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  /** The rows of a TSV resource with a header line, comments and blank lines skipped; each row has its columns. */
  static List<String[]> table(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = lines(resource);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < columns) {
        throw new IllegalStateException(resource + ":" + (i + 1) + ": expected " + columns + " tab-separated columns");
      }
      rows.add(cols);
    }
    return rows;
  }

  static List<String> lines(String resource) {
    try (InputStream in = ResourceLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Bundled data file missing: " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
