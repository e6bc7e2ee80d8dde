package id.kutip.entities;

import id.kutip.schema.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds entities in a cleaned text: gazetteer names, names that follow a role ({@code Menteri Luar Negeri India
 * Subrahmanyam Jaishankar}), typed expressions by pattern, and later short forms of a person's full name
 * ({@code Blinken} after {@code Antony Blinken}). Overlaps are settled longest-first. Thread-safe once built.
 */
public final class EntityTagger {
  public static final String NOT_NAMES = "/id/kutip/entities/not-names.txt";
  /** The longest name the role-name rule takes after a role, in words. */
  static final int MAX_NAME_WORDS = 4;

  private final Gazetteer gazetteer;
  private final PatternRules patterns;
  private final Set<String> notNames;

  public EntityTagger(Gazetteer gazetteer, PatternRules patterns) {
    this.gazetteer = gazetteer;
    this.patterns = patterns;
    this.notNames = loadWords(NOT_NAMES);
  }

  /** The bundled lists and rules plus the user's gazetteer files. */
  public static EntityTagger load(List<String> userGazetteers) {
    return new EntityTagger(Gazetteer.load(userGazetteers), PatternRules.bundled());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  private record Candidate(String type, String canonical, int start, int end, String source, String id, int rank) {}

  public List<Entity> tag(String text) {
    List<Token> tokens = WordTokenizer.tokenize(text);
    List<Candidate> candidates = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    List<Gazetteer.Match> matches = gazetteer.match(text, tokens);
    for (Gazetteer.Match m : matches) {
      GazetteerEntry e = m.entry();
      candidates.add(new Candidate(
          e.type(), e.canonical(), tokens.get(m.firstToken()).start(), tokens.get(m.lastToken()).end(),
          "gazetteer:" + e.list(), e.externalId(), 0));
      for (int t = m.firstToken(); t <= m.lastToken(); t++) {
        covered[t] = true;
      }
    }
    namesAfterRoles(text, tokens, matches, covered, candidates);
    for (PatternRules.Hit hit : patterns.find(text)) {
      candidates.add(new Candidate(
          hit.rule().type(), text.substring(hit.start(), hit.end()), hit.start(), hit.end(),
          "rule:" + hit.rule().name(), null, 2));
    }
    shortForms(text, tokens, covered, candidates);
    return settle(text, candidates);
  }

  /** ROLE [LOCATION|ORGANIZATION]* then up to four capitalised words that no list knows: a PERSON. */
  private void namesAfterRoles(
      String text, List<Token> tokens, List<Gazetteer.Match> matches, boolean[] covered, List<Candidate> out) {
    Map<Integer, Gazetteer.Match> byFirstToken = new HashMap<>();
    for (Gazetteer.Match m : matches) {
      byFirstToken.put(m.firstToken(), m);
    }
    for (Gazetteer.Match role : matches) {
      if (!role.entry().type().equals("ROLE")) {
        continue;
      }
      int next = role.lastToken() + 1;
      while (next < tokens.size() && byFirstToken.containsKey(next) && spaceOnly(text, tokens, next)) {
        String type = byFirstToken.get(next).entry().type();
        if (!type.equals("LOCATION") && !type.equals("ORGANIZATION")) {
          break;
        }
        next = byFirstToken.get(next).lastToken() + 1;
      }
      int first = next;
      int last = first - 1;
      while (last + 1 < tokens.size()
          && last + 1 - first < MAX_NAME_WORDS
          && !covered[last + 1]
          && tokens.get(last + 1).isCapitalized()
          && !notNames.contains(tokens.get(last + 1).text())
          && spaceOnly(text, tokens, last + 1)) {
        last++;
      }
      if (last >= first) {
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        out.add(new Candidate("PERSON", name, tokens.get(first).start(), tokens.get(last).end(), "rule:role-name", null, 1));
        for (int t = first; t <= last; t++) {
          covered[t] = true;
        }
      }
    }
  }

  /** Whether token {@code i} follows token {@code i - 1} with nothing but spaces between. */
  private static boolean spaceOnly(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word that is the first or last word of a person found in this text refers to that person. */
  private static void shortForms(String text, List<Token> tokens, boolean[] covered, List<Candidate> out) {
    Map<String, String> forms = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Candidate c : List.copyOf(out)) {
      if (!c.type().equals("PERSON")) {
        continue;
      }
      List<Token> words = WordTokenizer.tokenize(c.canonical());
      if (words.size() < 2) {
        continue;
      }
      for (String form : List.of(words.get(words.size() - 1).text(), words.get(0).text())) {
        String previous = forms.putIfAbsent(form, c.canonical());
        if (previous != null && !previous.equals(c.canonical())) {
          ambiguous.add(form);
        }
      }
    }
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      String canonical = forms.get(token.text());
      if (!covered[t] && canonical != null && !ambiguous.contains(token.text()) && token.isCapitalized()) {
        out.add(new Candidate("PERSON", canonical, token.start(), token.end(), "coref:" + canonical, null, 3));
      }
    }
  }

  /** Keeps non-overlapping candidates: earliest start first, then the longest, then the surest source. */
  private static List<Entity> settle(String text, List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
            .thenComparingInt(Candidate::rank)
            .thenComparing(Candidate::source));
    List<Entity> entities = new ArrayList<>();
    int coveredUntil = -1;
    for (Candidate c : candidates) {
      if (c.start() < coveredUntil) {
        continue;
      }
      entities.add(Entity.newBuilder()
          .setType(c.type())
          .setText(text.substring(c.start(), c.end()))
          .setCanonical(c.canonical())
          .setStart(c.start())
          .setEnd(c.end())
          .setSource(c.source())
          .setExternalId(c.id())
          .build());
      coveredUntil = c.end();
    }
    return entities;
  }

  private static Set<String> loadWords(String resource) {
    try (InputStream in = EntityTagger.class.getResourceAsStream(resource)) {
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
