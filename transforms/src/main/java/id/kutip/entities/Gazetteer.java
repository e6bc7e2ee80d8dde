package id.kutip.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names to entities through a token trie: matching walks the text's words once and follows the trie, so its cost
 * depends on the text's length and the longest name, not on how many names the lists hold.
 *
 * <p>Lists are TSV files with the header {@code canonical, type, aliases, id}, optionally a fifth column {@code
 * subtype} (a LOCATION's {@code country}, {@code province}, {@code city} or {@code other}); aliases are separated by
 * {@code |}.
 * An earlier list wins where two lists claim the same written form.
 */
public final class Gazetteer {
  public static final String BUNDLED_DIR = "/id/kutip/entities/gazetteer/";
  public static final String BUNDLED_INDEX = BUNDLED_DIR + "lists.txt";
  private static final String HEADER = "canonical\ttype\taliases\tid";
  /** The header of a list whose LOCATION entries carry a subtype in a fifth column. */
  private static final String HEADER_WITH_SUBTYPE = HEADER + "\tsubtype";
  /** The subtypes a LOCATION may have. */
  public static final java.util.Set<String> SUBTYPES = java.util.Set.of("country", "province", "city", "other");

  private final Node root = new Node();
  /** The same forms lower-cased, for text that has no capitals at all (lower-cased corpora). */
  private final Node lowerRoot = new Node();
  private int entries;
  private int forms;

  /** A match of a list entry over tokens [firstToken, lastToken]. */
  public record Match(GazetteerEntry entry, int firstToken, int lastToken) {}

  private static final class Node {
    Map<String, Node> children;
    GazetteerEntry entry;
  }

  /** The bundled lists, then the user's files. */
  public static Gazetteer load(List<String> userFiles) {
    Gazetteer gazetteer = new Gazetteer();
    for (String list : bundledLists()) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_DIR + list)) {
        if (in == null) {
          throw new IllegalStateException("Bundled gazetteer " + list + " is missing from the jar");
        }
        gazetteer.read(new InputStreamReader(in, StandardCharsets.UTF_8), listName(list));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String file : userFiles) {
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        gazetteer.read(reader, file);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read gazetteer file " + file + ": " + e.getMessage(), e);
      }
    }
    return gazetteer;
  }

  static List<String> bundledLists() {
    List<String> lists = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_INDEX);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lists.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lists;
  }

  private static String listName(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = base.indexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /** Reads one list; {@code name} appears in error messages and in each entity's {@code source}. */
  public void read(Reader reader, String name) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String list = listName(name);
    String line = lines.readLine();
    if (line == null || !(line.strip().equals(HEADER) || line.strip().equals(HEADER_WITH_SUBTYPE))) {
      throw new IllegalArgumentException(name + ":1: the header must be `" + HEADER.replace("\t", "<TAB>")
          + "` (or with a fifth column `<TAB>subtype`)");
    }
    int number = 1;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(
            name + ":" + number + ": expected canonical<TAB>type<TAB>aliases<TAB>id, with a canonical name and a type");
      }
      String canonical = cols[0].strip();
      String type = cols[1].strip().toUpperCase(Locale.ROOT);
      String id = cols.length > 3 && !cols[3].isBlank() ? cols[3].strip() : null;
      String subtype = cols.length > 4 && !cols[4].isBlank() ? cols[4].strip() : null;
      if (subtype != null && !(type.equals("LOCATION") && SUBTYPES.contains(subtype))) {
        throw new IllegalArgumentException(
            name + ":" + number + ": a subtype is for a LOCATION, one of " + new java.util.TreeSet<>(SUBTYPES));
      }
      GazetteerEntry entry = new GazetteerEntry(canonical, type, list, id, subtype);
      add(canonical, entry);
      if (cols.length > 2) {
        for (String alias : cols[2].split("\\|")) {
          if (!alias.isBlank()) {
            add(alias.strip(), entry);
          }
        }
      }
      entries++;
    }
  }

  /** Adds one written form; the first entry to claim a form keeps it. */
  public void add(String form, GazetteerEntry entry) {
    List<Token> tokens = WordTokenizer.tokenize(form);
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    for (Token token : tokens) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(token.text(), t -> new Node());
    }
    if (node.entry == null) {
      node.entry = entry;
      forms++;
    }
    Node lower = lowerRoot;
    for (Token token : tokens) {
      if (lower.children == null) {
        lower.children = new HashMap<>(4);
      }
      lower = lower.children.computeIfAbsent(token.text().toLowerCase(Locale.ROOT), t -> new Node());
    }
    if (lower.entry == null) {
      lower.entry = entry;
    }
  }

  public int entryCount() {
    return entries;
  }

  public int formCount() {
    return forms;
  }

  /**
   * Longest matches, left to right, without overlaps. Words of a name must be separated by white space only, so
   * {@code Amerika, Serikat} is not {@code Amerika Serikat}. An all-capitals word also matches its title-case form
   * ({@code JAKARTA}).
   */
  public List<Match> match(String text, List<Token> tokens) {
    return match(text, tokens, false);
  }

  /**
   * As {@link #match(String, List)}; {@code ignoreCase} matches the lower-cased forms against lower-cased words,
   * for text written without capitals.
   */
  public List<Match> match(String text, List<Token> tokens, boolean ignoreCase) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = ignoreCase ? lowerRoot : root;
      GazetteerEntry best = null;
      int bestEnd = -1;
      for (int j = i; j < tokens.size(); j++) {
        if (j > i && !onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
          break;
        }
        node = ignoreCase
            ? (node.children == null ? null : node.children.get(tokens.get(j).text().toLowerCase(Locale.ROOT)))
            : child(node, tokens.get(j).text());
        if (node == null) {
          break;
        }
        if (node.entry != null) {
          best = node.entry;
          bestEnd = j;
        }
      }
      if (best != null) {
        matches.add(new Match(best, i, bestEnd));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The entry a single written form names, if any. */
  public GazetteerEntry lookup(String form) {
    Node node = root;
    for (Token token : WordTokenizer.tokenize(form)) {
      node = child(node, token.text());
      if (node == null) {
        return null;
      }
    }
    return node.entry;
  }

  private static Node child(Node node, String word) {
    if (node.children == null) {
      return null;
    }
    Node next = node.children.get(word);
    if (next == null && word.length() > 2 && isAllUpper(word)) {
      next = node.children.get(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return next;
  }

  private static boolean isAllUpper(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlySpaceBetween(String text, Token left, Token right) {
    for (int k = left.end(); k < right.start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }
}
