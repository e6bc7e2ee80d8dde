package id.kutip.clean;

import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names outlets the way records carry them ({@code Kompas.com}, {@code Tempo.co}) from what a dump gives: a
 * dateline token ({@code KOMPAS.com}, {@code TEMPO.CO}), a site name, or a URL host. Known outlets are listed in
 * {@code outlets.tsv}.
 */
public final class Outlets implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Second-level domains under which a registrable name has three labels (news.example.co.id). */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "or", "ac", "go", "web", "my", "sch", "net", "com", "org", "biz");

  private final Map<String, String> names = new HashMap<>();

  private Outlets() {
    for (String[] row : ResourceLists.table(LineRules.FOLDER + "outlets.tsv", 2)) {
      String name = row[0].strip();
      names.put(name.toLowerCase(Locale.ROOT), name);
      for (String form : row[1].split("\\|")) {
        names.put(form.strip().toLowerCase(Locale.ROOT), name);
      }
    }
  }

  private static final Outlets BUNDLED = new Outlets();

  public static Outlets bundled() {
    return BUNDLED;
  }

  /** The outlet a dateline token or site name stands for: {@code KOMPAS.com} -> {@code Kompas.com}. */
  public String fromToken(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String key = token.strip().toLowerCase(Locale.ROOT);
    String known = names.get(key);
    if (known != null) {
      return known;
    }
    if (!key.contains(".")) {
      return token.strip(); // a name, not a domain: keep it as the dump writes it
    }
    return capitalised(key);
  }

  /** Whether a name is an outlet rather than a person: a listed outlet, a domain, or a company ({@code PT. ...}). */
  public boolean isOutlet(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return names.containsKey(key) || hasDomain(key)
        || key.matches("(pt\\.?|cv\\.?)\\s.*|.*\\b(media|network|group|tbk)\\b.*");
  }

  private static final Pattern DOMAIN = Pattern.compile("\\b[\\p{L}\\p{N}-]+\\.(com|co|id|net|org)\\b");
  private static final Pattern TOP_LEVEL = Pattern.compile("\\.(com|co|id|net|org)\\b");

  /**
   * Whether a domain name stands in a one-line {@code key}: {@code key.matches(".*" + DOMAIN + ".*")}, without its
   * cost. That pattern tries every word boundary of a long run such as {@code a-a-a-...} and rescans the run from
   * each (a 32,000-char author name took 9 s); here each run of name characters is read once, from the dot that
   * ends it.
   */
  static boolean hasDomain(String key) {
    if (key.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
      return false; // `.` does not cross a line end
    }
    Matcher dot = TOP_LEVEL.matcher(key);
    Matcher domain = DOMAIN.matcher(key).useTransparentBounds(true);
    while (dot.find()) {
      int start = dot.start();
      while (start > 0 && isDomainChar(key.codePointBefore(start))) {
        start -= Character.charCount(key.codePointBefore(start));
      }
      if (start < dot.start() && domain.region(start, dot.end()).find()) {
        return true;
      }
    }
    return false;
  }

  /** {@code [\\p{L}\\p{N}-]}. */
  private static boolean isDomainChar(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> codePoint == '-';
    };
  }

  /** The outlet of a URL, from its registrable domain: {@code https://bisnis.tempo.co/read/...} -> {@code Tempo.co}. */
  public String fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null || !host.contains(".")) {
      return null;
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int keep = labels.length >= 3 && SECOND_LEVEL.contains(labels[labels.length - 2]) && labels[labels.length - 1].length() == 2
        ? 3 : 2;
    keep = Math.min(keep, labels.length);
    String domain = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    return fromToken(domain);
  }

  private static String capitalised(String domain) {
    StringBuilder out = new StringBuilder(domain.length());
    boolean start = true;
    for (int i = 0; i < domain.length(); i++) {
      char c = domain.charAt(i);
      boolean inName = i < domain.indexOf('.');
      out.append(start && inName ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }
}
