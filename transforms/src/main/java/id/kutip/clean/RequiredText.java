package id.kutip.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text a line must contain for a cleaning rule to match it, read off the rule's regex: a run of literal characters
 * outside any group, or a group that is only an alternation of literals ({@code (?:AFP|REUTERS|©)}), one of which
 * must be there. Every line meets every rule, and most rules cannot match most lines; {@code String} search for
 * the rule's rarest text is far cheaper than the regex (rules that open with {@code .{0,300}} try every place up
 * to 300 before they fail). The regex decides whenever the text is there.
 *
 * <p>An alternation at the top ({@code berita terkait|hak cipta.*}) needs the text of one of its branches, so its
 * texts are those of every branch together, when each branch has one.
 *
 * <p>The reading is conservative: anything it does not follow ({@code \Q}, flags set in the middle of a pattern,
 * escapes that are classes, a branch without text) gives no text, and the rule is tried on every line as before.
 * Case is compared as Java's regexes compare it under {@code CASE_INSENSITIVE | UNICODE_CASE}.
 */
final class RequiredText implements Serializable {
  private static final long serialVersionUID = 1L;
  /** A rule whose regex gives no usable text: always tried. */
  static final RequiredText NONE = new RequiredText(List.of(), false);

  private static final Pattern FLAGS_FOR_THE_REST = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");
  private static final Pattern FLAGS_WRAPPER = Pattern.compile("^\\(\\?(-?)i:");

  /** One of these must be in the line; empty for {@link #NONE}. */
  private final List<String> anyOf;
  private final boolean ignoreCase;

  /** The texts as searched: folded (see {@link #fold}) when case is ignored. */
  private final String[] searched;

  private RequiredText(List<String> anyOf, boolean ignoreCase) {
    this.anyOf = List.copyOf(anyOf);
    this.ignoreCase = ignoreCase;
    this.searched = anyOf.stream().map(t -> ignoreCase ? fold(t) : t).toArray(String[]::new);
  }

  /** The text {@code pattern} cannot match without (by {@code matches()} or {@code find()}), or {@link #NONE}. */
  static RequiredText of(Pattern pattern) {
    String regex = pattern.pattern();
    boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0 || regex.contains("\\Q")) {
      return NONE;
    }
    // A pattern wrapped whole in a group that only sets flags: (?-i:...) or (?i:...).
    java.util.regex.Matcher wrapper = FLAGS_WRAPPER.matcher(regex);
    if (wrapper.find() && closingParen(regex, 0) == regex.length() - 1) {
      ignoreCase = wrapper.group(1).isEmpty();
      regex = regex.substring(wrapper.end(), regex.length() - 1);
    }
    List<String> branches = topLevelBranches(regex);
    if (branches == null) {
      return NONE;
    }
    // An alternation at the top needs one of its branches: the texts of every branch together, if each has one.
    List<String> anyOf = new ArrayList<>();
    for (String branch : branches) {
      List<String> texts = requiredIn(branch);
      if (texts == null) {
        return NONE; // a branch without text: any line may match it
      }
      for (String text : texts) {
        if (!anyOf.contains(text)) {
          anyOf.add(text);
        }
      }
    }
    if (ignoreCase && !anyOf.stream().allMatch(RequiredText::foldsStably)) {
      return NONE;
    }
    return new RequiredText(anyOf, ignoreCase);
  }

  /**
   * The branches of an alternation at the top of {@code regex} (one branch when there is none), or null where the
   * pattern cannot be followed (an unclosed group or class).
   */
  private static List<String> topLevelBranches(String regex) {
    List<String> branches = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closingBracket(regex, i);
      } else if (c == '(') {
        i = closingParen(regex, i);
      } else if (c == '|') {
        branches.add(regex.substring(start, i));
        start = i + 1;
      }
      if (i < 0) {
        return null;
      }
    }
    branches.add(regex.substring(start));
    return branches;
  }

  /** The texts one branch (no alternation at its top) cannot match without one of, or null. */
  private static List<String> requiredIn(String regex) {
    List<String> best = null;
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '(') {
        int close = closingParen(regex, i);
        if (close < 0 || FLAGS_FOR_THE_REST.matcher(regex).region(i, regex.length()).lookingAt()) {
          return null; // unbalanced, or flags set for the rest of the pattern: (?i), (?-i)
        }
        best = better(best, run);
        run.setLength(0);
        int after = close + 1;
        // A group of literal alternatives needs one of them (unless the group is optional): (a|b), (?:a|b), (?<x>a|b).
        int groupBody = groupBody(regex, i);
        if (!isQuantifier(regex, after) && groupBody > 0) {
          best = better(best, literalAlternatives(regex.substring(groupBody, close)));
        }
        i = skipQuantifier(regex, after);
        continue;
      }
      if (c == '[') {
        int close = closingBracket(regex, i);
        if (close < 0) {
          return null;
        }
        best = better(best, run);
        run.setLength(0);
        i = skipQuantifier(regex, close + 1);
        continue;
      }
      int next;
      char literal;
      if (c == '\\') {
        if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          best = better(best, run); // \s \d \b \p{..} \x41 \t: classes and escapes this reading does not follow
          run.setLength(0);
          i = skipQuantifier(regex, skipEscape(regex, i));
          continue;
        }
        literal = regex.charAt(i + 1);
        next = i + 2;
      } else if ("^$.?*+{}])".indexOf(c) >= 0) {
        best = better(best, run);
        run.setLength(0);
        i = skipQuantifier(regex, i + 1);
        continue;
      } else {
        literal = c;
        next = i + 1;
      }
      if (isQuantifier(regex, next)) {
        // A repeated character ends the run; it is part of it when it must be there at least once (+, {2,}).
        if (minimumOfQuantifier(regex, next) > 0) {
          run.append(literal);
        }
        best = better(best, run);
        run.setLength(0);
        i = skipQuantifier(regex, next);
        continue;
      }
      run.append(literal);
      i = next;
    }
    return better(best, run);
  }

  /**
   * Whether the line can match: it contains one of the texts (always true for {@link #NONE}). The cleaner asks
   * {@link RuleTexts} instead, for all its rules in one pass; this is the search it must agree with.
   */
  boolean foundIn(String line) {
    String in = ignoreCase ? fold(line) : line;
    for (String text : searched) {
      if (in.contains(text)) {
        return true;
      }
    }
    return searched.length == 0;
  }

  /**
   * Each char as Java's regexes compare chars under {@code CASE_INSENSITIVE | UNICODE_CASE}: lower case of upper
   * case. Char by char, so the folded line keeps the line's length (String.toLowerCase turns İ into two chars).
   */
  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  /** One char folded as {@link #fold(String)} folds it. */
  static char fold(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether the texts are compared with the line folded ({@link #fold}). */
  boolean ignoresCase() {
    return ignoreCase;
  }

  /**
   * Whether folding {@code text} once is enough: a regex matches a char equal to a pattern char's fold, so the
   * search's folded line holds it only if that fold folds to itself. Texts with chars outside the BMP (folded by
   * code point in regexes) are not searched either.
   */
  private static boolean foldsStably(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = Character.toLowerCase(Character.toUpperCase(c));
      if (Character.isSurrogate(c) || Character.toLowerCase(Character.toUpperCase(f)) != f) {
        return false;
      }
    }
    return true;
  }

  List<String> anyOf() {
    return anyOf;
  }

  /** The more selective of two requirements: the one whose shortest text is longer. */
  private static List<String> better(List<String> best, CharSequence run) {
    return run.length() == 0 ? best : better(best, List.of(run.toString()));
  }

  private static List<String> better(List<String> best, List<String> candidate) {
    if (candidate == null || candidate.isEmpty() || !usable(candidate)) {
      return best;
    }
    if (best == null || shortest(candidate) > shortest(best)) {
      return candidate;
    }
    return best;
  }

  /** A single letter, digit or space says too little about a line to be worth a search. */
  private static boolean usable(List<String> texts) {
    for (String t : texts) {
      if (t.isBlank() || t.length() == 1 && Character.isLetterOrDigit(t.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static int shortest(List<String> texts) {
    return texts.stream().mapToInt(String::length).min().orElse(0);
  }

  /** The branches of {@code a|b|c} when each is literal characters only, else null. */
  private static List<String> literalAlternatives(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder branch = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '|') {
        out.add(branch.toString());
        branch.setLength(0);
      } else if (c == '\\') {
        if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
          return null;
        }
        branch.append(body.charAt(++i));
      } else if ("^$.?*+{}[]()".indexOf(c) >= 0) {
        return null;
      } else {
        branch.append(c);
      }
    }
    out.add(branch.toString());
    return out;
  }

  /**
   * Where the body of the group opened at {@code open} starts, if it is a group that matches its body: capturing,
   * named or not; else -1 (look-arounds, flags, atomic groups).
   */
  private static int groupBody(String regex, int open) {
    if (!regex.startsWith("(?", open)) {
      return open + 1;
    }
    if (regex.startsWith("(?:", open)) {
      return open + 3;
    }
    boolean named = regex.startsWith("(?<", open) && open + 3 < regex.length()
        && Character.isLetter(regex.charAt(open + 3));
    int close = named ? regex.indexOf('>', open) : -1;
    return close < 0 ? -1 : close + 1;
  }

  /** The least count the quantifier at {@code at} allows: 0 for ? and *, 1 for +, m for {m,n}. */
  private static int minimumOfQuantifier(String regex, int at) {
    char q = regex.charAt(at);
    if (q == '+') {
      return 1;
    }
    if (q != '{') {
      return 0;
    }
    int i = at + 1;
    int min = 0;
    while (i < regex.length() && Character.isDigit(regex.charAt(i)) && min < 1000) {
      min = min * 10 + (regex.charAt(i++) - '0');
    }
    return min;
  }

  private static boolean isQuantifier(String regex, int at) {
    return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
  }

  /** Past a quantifier at {@code at} ({@code ?}, {@code *}, {@code +}, {@code {m,n}}, lazy or possessive), if any. */
  private static int skipQuantifier(String regex, int at) {
    int i = at;
    if (i < regex.length() && regex.charAt(i) == '{') {
      int close = regex.indexOf('}', i);
      i = close < 0 ? regex.length() : close + 1;
    } else if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
      i++;
    } else {
      return i;
    }
    if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
      i++;
    }
    return i;
  }

  /** Past an escape that stands for a class or a code: {@code \p{L}}, {@code \x{1F600}}, {@code \u00e9}, {@code \s}. */
  private static int skipEscape(String regex, int at) {
    int i = at + 1;
    if (i >= regex.length()) {
      return i;
    }
    char e = regex.charAt(i);
    if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
      int close = regex.indexOf('}', i);
      return close < 0 ? regex.length() : close + 1;
    }
    if (e == 'p' || e == 'P') {
      return Math.min(regex.length(), i + 2);
    }
    if (e == 'u') {
      return Math.min(regex.length(), i + 5);
    }
    if (e == 'x') {
      return Math.min(regex.length(), i + 3);
    }
    if (e == 'k' && i + 1 < regex.length() && regex.charAt(i + 1) == '<') {
      int close = regex.indexOf('>', i);
      return close < 0 ? regex.length() : close + 1;
    }
    if (Character.isDigit(e)) {
      int end = i + 1;
      while (end < regex.length() && Character.isDigit(regex.charAt(end))) {
        end++; // an octal \0mnn or a back reference \12: its digits are not literal text
      }
      return end;
    }
    if (e == 'c') {
      return Math.min(regex.length(), i + 2);
    }
    return i + 1;
  }

  /** The index of the ')' closing the group opened at {@code open}, or -1. */
  static int closingParen(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closingBracket(regex, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the ']' closing the class opened at {@code open} (nested classes and escapes followed), or -1. */
  private static int closingBracket(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // []...] : a ']' first in a class is a literal
        } else if (i + 2 < regex.length() && regex.charAt(i + 1) == '^' && regex.charAt(i + 2) == ']') {
          i += 2;
        }
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
