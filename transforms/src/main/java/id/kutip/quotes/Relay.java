package id.kutip.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern of {@code quotes/relays.tsv}: an outlet that passed a statement on, group 1 its name. It is tried only
 * where the lower-cased text holds one of the words it needs ({@link #needs}): a regex that opens with an optional or
 * case-insensitive group is tried at every place of the text by {@code find()}, and most quotes' sentences have no
 * relay. Each word is one the pattern cannot match without; {@code RelayTest} checks that every match in the
 * samples and gold sets holds one.
 */
record Relay(Pattern pattern, List<String> needs) {
  static final String BUNDLED = "/id/kutip/quotes/relays.tsv";

  Relay {
    needs = List.copyOf(needs);
    for (String need : needs) {
      if (need.isEmpty() || !need.equals(need.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("a relay's needed words are lower-case and not empty: " + needs);
      }
    }
  }

  /** The bundled relays, in the file's order: the first that matches names the relay. */
  static List<Relay> bundled() {
    return WordLists.rows(BUNDLED).stream().map(Relay::of).toList();
  }

  /** A row: the pattern, then the words it needs, comma-separated (none: always tried), then a note. */
  static Relay of(String[] row) {
    if (row.length < 2) {
      throw new IllegalArgumentException("a relay row is pattern<TAB>needs<TAB>note: " + String.join("\t", row));
    }
    List<String> needs = row[1].isBlank() ? List.of()
        : Arrays.stream(row[1].split(",")).map(String::strip).toList();
    return new Relay(Pattern.compile(row[0]), needs);
  }

  /** Whether the pattern can match a text whose {@code toLowerCase(Locale.ROOT)} is {@code lowerCased}. */
  boolean mayMatch(String lowerCased) {
    if (needs.isEmpty()) {
      return true;
    }
    for (String need : needs) {
      if (lowerCased.contains(need)) {
        return true;
      }
    }
    return false;
  }
}
