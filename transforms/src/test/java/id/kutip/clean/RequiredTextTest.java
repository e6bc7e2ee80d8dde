package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The text read off a rule is text the rule cannot match without, and it is read where it should be. */
class RequiredTextTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static List<String> needs(String regex, int flags) {
    return RequiredText.of(Pattern.compile(regex, flags)).anyOf();
  }

  @Test
  void readsTheLongestLiteralRunOutsideGroups() {
    assertEquals(List.of("kapanlagi.com"), needs(".{0,200}/?©\\s*kapanlagi\\.com.*", CI));
    assertEquals(List.of("copyright"), needs("copyright\\s*©.*", CI));
    assertEquals(List.of("pilihan editor"), needs("pilihan editor\\s*:.*", CI));
    // Classes end where Java ends them: a ] first in a class is literal, classes nest.
    assertEquals(List.of("bcd"), needs("[]a]bcd", 0));
    assertEquals(List.of("bcd"), needs("[^]a]bcd", 0));
    assertEquals(List.of("dd"), needs("[a[bc]]dd", 0));
    assertEquals(List.of("credit", "kredit", "foto", "dok"),
        needs(".{0,200}\\((?:credit|kredit|foto|dok)\\s*[:;.][^)]*\\)", CI),
        "the words (the shortest 3 long) say more than the bracket before them");
  }

  @Test
  void readsAGroupOfLiteralAlternatives() {
    assertEquals(List.of("ANTARA FOTO", "REUTERS", "AFP", "©"),
        needs("(?-i:.{0,300}(?=[ARPGSDI/(F©])(?:ANTARA FOTO|REUTERS|AFP|©)[^.!?\"”]*)", CI));
    assertEquals(List.of(" terkait "), needs("(?:berita|artikel) terkait x?", CI), "the longer of the two");
    assertEquals(List.of("berita", "artikel"), needs("(?:berita|artikel)\\s+terkait?", CI));
  }

  @Test
  void readsEveryBranchOfAnAlternationAtTheTop() {
    assertEquals(List.of("berita terkait", "artikel terkait"), needs("berita terkait|artikel terkait", CI));
    assertEquals(List.of("copyright", "©", "hak cipta"), needs("copyright\\s*©.*|© ?\\d{4}.*|hak cipta.*", CI));
    assertEquals(List.of("a post shared by", "view this post on instagram"),
        needs("(a post shared by|view this post on instagram).*", CI), "a capturing group of literals");
    assertEquals(List.of("detik", "menit"), needs("\\d+\\s+(detik|menit)", CI));
    assertEquals(List.of("POSMETRO MEDAN"), needs("(?<outlet>POSMETRO MEDAN)\\s*[-–—]+.*", 0), "a named group");
    assertEquals(List.of(), needs("(?=ab)\\w+|(?!cd)x+", 0), "look-aheads are not text");
    assertEquals(List.of("-", "_", "*", "logo"), needs("-{3,}|_{3,}|\\*{3,}|logo", CI),
        "a character repeated at least once is there");
    assertEquals(List.of("ab", "ef"), needs("ab[|]cd|ef", 0), "a bar in a class divides nothing");
    assertEquals(List.of("zz", "ef"), needs("(?:x|y)zz|ef", 0), "a bar in a group divides only the group");
    assertEquals(List.of("(a", "|b"), needs("\\(a|\\|b", 0), "an escaped bar is a character");
    assertEquals(List.of(), needs("berita terkait|\\d+", CI), "a branch without text: any line may match it");
    assertEquals(List.of(), needs("berita|(?i)terkait", 0), "flags set for the rest of the pattern, in a branch");
    assertEquals(List.of(), needs("abc|", 0), "an empty branch matches the empty line");
  }

  @Test
  void readsNothingWhereNothingIsRequired() {
    assertEquals(List.of(), needs("(?:ab)?cd?", CI), "an optional group and a single letter");
    assertEquals(List.of(), needs("(ab)*cd?", CI), "an optional capturing group");
    assertEquals(List.of(), needs("ab?", CI), "b may be missing, and a alone says too little");
    assertEquals(List.of(), needs("(?i)foo.*", 0), "flags set for the rest of the pattern");
    assertEquals(List.of(), needs("\\Qa.b\\E", 0));
    assertEquals(List.of(), needs("x*y+z{2}", 0));
  }

  @Test
  void readsNoDigitsOfAnEscapeAsText() {
    // \0123 is the octal escape for S: its digits are not in the line the regex matches.
    RequiredText octal = RequiredText.of(Pattern.compile("x\\0123yz"));
    assertTrue(Pattern.compile("x\\0123yz").matcher("xSyz").matches());
    assertTrue(octal.foundIn("xSyz"), "needs " + octal.anyOf());
    assertEquals(List.of("yz"), octal.anyOf());
    RequiredText backReference = RequiredText.of(Pattern.compile("(a)b\\12cd"));
    assertEquals(List.of("cd"), backReference.anyOf(), "\\12 is group 1 and a literal 2 here; either way, no text");
  }

  @Test
  void comparesCaseAsTheRegexDoes() {
    RequiredText kapanlagi = RequiredText.of(Pattern.compile(".{0,200}©\\s*kapanlagi\\.com.*", CI));
    assertTrue(kapanlagi.foundIn("Foto © KapanLagi.com/Budi"));
    assertFalse(kapanlagi.foundIn("Foto © KapanLagi com"));
    RequiredText sensitive = RequiredText.of(Pattern.compile("(?-i:.{0,10}(?:AFP|REUTERS))", CI));
    assertTrue(sensitive.foundIn("Foto: AFP"));
    assertFalse(sensitive.foundIn("foto: afp"));
    // The Turkish dotted capital I folds to i in Java's case-insensitive regexes: the search must not miss it.
    assertTrue(Pattern.compile("kapanlagi", CI).matcher("KAPANLAGİ").matches());
    assertTrue(RequiredText.of(Pattern.compile("kapanlagi", CI)).foundIn("KAPANLAGİ"));
  }

  /**
   * Every bundled rule, on every line of the bundled dumps (seeds, idnews articles, HTML pages split at tags): where
   * the regex matches the whole line (split points and title affixes: finds something in it), the line holds the
   * rule's required text.
   */
  @Test
  void neverRejectsALineABundledRuleMatches() throws IOException {
    LineRules rules = LineRules.load(List.of());
    List<String> lines = sampleLines();
    int withText = 0;
    int matched = 0;
    int rejected = 0;
    int patterns = 0;
    for (Map.Entry<LineRules.Kind, List<Pattern>> kind : rules.patterns().entrySet()) {
      boolean found = kind.getKey() == LineRules.Kind.SPLIT || kind.getKey() == LineRules.Kind.TITLE_AFFIX;
      for (Pattern pattern : kind.getValue()) {
        patterns++;
        RequiredText needs = RequiredText.of(pattern);
        withText += needs.anyOf().isEmpty() ? 0 : 1;
        for (String line : lines) {
          if (found ? pattern.matcher(line).find() : pattern.matcher(line).matches()) {
            matched++;
            assertTrue(needs.foundIn(line), () -> "`" + pattern + "` needs " + needs.anyOf() + ", matches `" + line + "`");
          } else if (!needs.foundIn(line)) {
            rejected++;
          }
        }
      }
    }
    assertTrue(lines.size() > 8_000, lines.size() + " lines");
    assertTrue(matched > 1_000, matched + " matches");
    assertTrue(withText * 2 > patterns, withText + " of " + patterns + " rules");
    assertTrue(rejected > lines.size() * withText / 2, "the texts reject most lines: " + rejected);
  }

  /** Random lines made of the rules' own words and marks: a rule that matches one never has its text missing. */
  @Test
  void neverRejectsARandomLineABundledRuleMatches() {
    LineRules rules = LineRules.load(List.of());
    String[] pieces = {"Baca juga", ":", " ", "Foto", "foto", "ANTARA FOTO", "/", "©", "kapanlagi.com", "KapanLagi.com",
      "(", ")", "credit", "dok", ".", "Reuters/", "Penulis", "Editor", "Jakarta", "KOMPAS.com", " - ", "—", "x", "1",
      "menit", "lalu", "Copyright", "berita terkait", "Advertisement", "\"", "”", "A", "b", "newsletter", "detik"};
    Random random = new Random(20261203L);
    int matched = 0;
    List<Pattern> patterns = rules.patterns().values().stream().flatMap(List::stream).toList();
    List<RequiredText> needs = new ArrayList<>();
    patterns.forEach(p -> needs.add(RequiredText.of(p)));
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = b.toString();
      for (int r = 0; r < patterns.size(); r++) {
        if (patterns.get(r).matcher(line).find()) {
          matched++;
          int rule = r;
          assertTrue(needs.get(r).foundIn(line), () -> "`" + patterns.get(rule) + "` matches `" + line + "`");
        }
      }
    }
    assertTrue(matched > 1_000, matched + " matches");
  }

  static List<String> sampleLines() throws IOException {
    Path samples = Path.of("../src/samples");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(samples)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        String text;
        if (name.endsWith(".gz")) {
          try (BufferedReader in = new BufferedReader(new InputStreamReader(
              new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            text = String.join("\n", in.lines().toList());
          }
        } else if (name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".html")) {
          text = Files.readString(file);
        } else {
          continue;
        }
        // JSON escapes and tags become line ends, so that article lines stand as lines.
        for (String line : text.replace("\\n", "\n").replaceAll("<[^>]*>", "\n").split("\n")) {
          if (!line.isBlank()) {
            lines.add(line.strip());
          }
        }
      }
    }
    return lines;
  }
}
