package id.kutip.entities;

import static id.kutip.entities.ContextKind.ADVERB;
import static id.kutip.entities.ContextKind.CUE;
import static id.kutip.entities.ContextKind.HONORIFIC;
import static id.kutip.entities.ContextKind.LOCATIVE;
import static id.kutip.entities.ContextKind.NAME_PART;
import static id.kutip.entities.ContextKind.ORG_HEAD;
import static id.kutip.entities.ContextKind.ORG_HEAD_PROPER;
import static id.kutip.entities.ContextKind.PASSIVE_CUE;
import static id.kutip.entities.ContextKind.PLACE_HEAD;
import static id.kutip.entities.ContextKind.PLACE_HEAD_PROPER;
import static id.kutip.entities.ContextKind.VERB;

import id.kutip.schema.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds entities in a cleaned text, in this order:
 *
 * <ol>
 *   <li>gazetteer names (a token trie: {@link Gazetteer}), an organisation's or place's name extended by the
 *       acronym in brackets after it ({@code Mahkamah Konstitusi (MK)});
 *   <li>organisations and places by their head word ({@code Partai X}, {@code Universitas X}, {@code PT X Tbk},
 *       {@code Dinas Kesehatan Kabupaten Bintan}, {@code Kota X}, {@code Jalan X}; {@code context-words.tsv});
 *   <li>people no list knows, by context: after a role and its affiliation ({@code Menteri Luar Negeri India
 *       Subrahmanyam Jaishankar}, {@code Kepala Bidang Pelayanan Medis RSUD Bintan, Murnilawati,}), after an
 *       honorific ({@code Pak Mikdar}) or a speech cue ({@code kata Mikdar}, {@code Menurut Mikdar}), before a verb
 *       only people do ({@code Mikdar mengatakan}), and in a list with a known person ({@code Mikdar dan Yanto});
 *   <li>dates, times, money and percentages by pattern ({@link PatternRules});
 *   <li>later mentions of a person found earlier, whole or by first or last name ({@code Blinken} after {@code
 *       Antony Blinken}), with that person's canonical name.
 * </ol>
 *
 * Overlaps are settled longest-first. Every entity carries a canonical name: the list's, or the words themselves.
 * Thread-safe once built.
 */
public final class EntityTagger {
  /** The longest name the person rules take, in words. */
  static final int MAX_NAME_WORDS = 4;
  /** The most words an organisation or place pattern takes after its head. */
  static final int MAX_PATTERN_WORDS = 6;
  /**
   * The most tokens a role's affiliation runs over before its name ({@code Kepala Bidang Pelayanan Medis RSUD
   * Bintan}): a longer run of capitalised words is no title, and walking it from every role would cost the square
   * of its length.
   */
  static final int MAX_AFFILIATION_TOKENS = 16;

  private final Gazetteer gazetteer;
  private final PatternRules patterns;
  private final NameLexicon lexicon;

  public EntityTagger(Gazetteer gazetteer, PatternRules patterns) {
    this.gazetteer = gazetteer;
    this.patterns = patterns;
    this.lexicon = NameLexicon.bundled();
  }

  /** The bundled lists and rules plus the user's gazetteer files. */
  public static EntityTagger load(List<String> userGazetteers) {
    return new EntityTagger(Gazetteer.load(userGazetteers), PatternRules.bundled());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** A found entity over tokens [first, last] (or -1 for a typed expression) and characters [start, end). */
  private record Candidate(String type, String canonical, int first, int last, int start, int end, String source,
      String id, String subtype, int rank) {}

  public List<Entity> tag(String text) {
    return new Run(text).tag();
  }

  /** The work on one text. */
  private final class Run {
    final String text;
    final List<Token> tokens;
    /** The context words and phrases at each token, looked up once per token. */
    final NameLexicon.Index words;
    final int n;
    final boolean[] covered;
    /**
     * Name candidates by first token, so a chain of entities can be walked. Arrays by token here and below, not maps:
     * the rules ask about every token, and a boxed key's lookup was a tenth of the tagger's time.
     */
    final Candidate[] byFirst;
    final List<Candidate> candidates = new ArrayList<>();

    /** {@link NameLexicon#isCommon} of each token, found on the first ask (0: not yet): rules ask again and again. */
    private final byte[] common;
    /** {@link NameLexicon#isNotName} of each token, found on the first ask (0: not yet). */
    private final byte[] notName;

    Run(String text) {
      this.text = text;
      this.tokens = WordTokenizer.tokenize(text);
      this.words = lexicon.index(text, tokens);
      this.n = tokens.size();
      this.covered = new boolean[n];
      this.common = new byte[n];
      this.notName = new byte[n];
      this.byFirst = new Candidate[n];
    }

    boolean isNotName(int token) {
      if (notName[token] == 0) {
        notName[token] = lexicon.isNotName(tokens.get(token).text()) ? (byte) 1 : (byte) 2;
      }
      return notName[token] == 1;
    }

    boolean isCommon(int token) {
      if (common[token] == 0) {
        common[token] = lexicon.isCommon(tokens.get(token).text()) ? (byte) 1 : (byte) 2;
      }
      return common[token] == 1;
    }

    List<Entity> tag() {
      if (!hasCapitals()) {
        return tagLowerCased();
      }
      List<Candidate> listed = new ArrayList<>();
      for (Gazetteer.Match m : gazetteer.match(text, tokens)) {
        GazetteerEntry e = m.entry();
        int last = m.lastToken();
        int end = tokens.get(last).end();
        if (e.type().equals("ORGANIZATION") || e.type().equals("LOCATION")) {
          end = withAcronym(last, end);
          if (end > tokens.get(last).end()) {
            last++;
          }
        }
        listed.add(new Candidate(e.type(), e.canonical(), m.firstToken(), last,
            tokens.get(m.firstToken()).start(), end, "gazetteer:" + e.list(), e.externalId(), e.subtype(), 0));
      }
      Candidate[] listedByFirst = new Candidate[n];
      for (Candidate c : listed) {
        listedByFirst[c.first()] = c;
      }
      List<Candidate> headed = headedNames(listedByFirst);
      Candidate[] headedByFirst = new Candidate[n];
      for (Candidate c : headed) {
        headedByFirst[c.first()] = c;
      }
      for (Candidate c : listed) {
        if (c.type().equals("ROLE")) {
          // Kepala Dinas + Dinas Kesehatan Bintan: the role is Kepala, the organisation keeps its head word.
          for (int t = c.first() + 1; t <= c.last(); t++) {
            Candidate shorter = headedByFirst[t] != null ? shorterRole(c, t - 1) : null;
            if (shorter != null) {
              c = shorter;
              break;
            }
          }
        }
        add(c);
      }
      for (Candidate c : headed) {
        add(c);
      }
      namesAfterRoles();
      namesAfterHonorifics();
      namesAfterCues();
      namesBeforeVerbs();
      namesBeforeRoles();
      hyphenatedPairs();
      namesInLists();
      capitalisedNames();
      for (PatternRules.Hit hit : patterns.find(text)) {
        candidates.add(new Candidate(hit.rule().type(), text.substring(hit.start(), hit.end()), -1, -1, hit.start(),
            hit.end(), "rule:" + hit.rule().name(), null, null, 2));
      }
      laterMentions();
      return settle();
    }

    private boolean hasCapitals() {
      for (int k = 0; k < text.length(); k++) {
        if (Character.isUpperCase(text.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Text without a single capital (a lower-cased corpus, a shouted-down comment): the context rules need
     * capitals, so only the lists (matched ignoring case, one-word forms that are everyday words left out) and the
     * typed patterns apply.
     */
    private List<Entity> tagLowerCased() {
      for (Gazetteer.Match m : gazetteer.match(text, tokens, true)) {
        GazetteerEntry e = m.entry();
        if (m.firstToken() == m.lastToken() && isCommon(m.firstToken())) {
          continue;
        }
        add(new Candidate(e.type(), e.canonical(), m.firstToken(), m.lastToken(), tokens.get(m.firstToken()).start(),
            tokens.get(m.lastToken()).end(), "gazetteer:" + e.list(), e.externalId(), e.subtype(), 0));
      }
      for (PatternRules.Hit hit : patterns.find(text)) {
        candidates.add(new Candidate(hit.rule().type(), text.substring(hit.start(), hit.end()), -1, -1, hit.start(),
            hit.end(), "rule:" + hit.rule().name(), null, null, 2));
      }
      return settle();
    }

    private void add(Candidate c) {
      candidates.add(c);
      Candidate previous = byFirst[c.first()];
      if (previous == null || previous.last() < c.last()) {
        byFirst[c.first()] = c;
      }
      for (int t = c.first(); t <= c.last(); t++) {
        covered[t] = true;
      }
    }

    /** The role cut after token {@code last}, if those words are a role themselves. */
    private Candidate shorterRole(Candidate role, int last) {
      String prefix = text.substring(role.start(), tokens.get(last).end());
      GazetteerEntry entry = gazetteer.lookup(prefix);
      if (entry == null || !entry.type().equals("ROLE")) {
        return null;
      }
      return new Candidate("ROLE", entry.canonical(), role.first(), last, role.start(),
          tokens.get(last).end(), "gazetteer:" + entry.list(), entry.externalId(), null, 0);
    }

    /** The end of a name followed by its acronym in brackets ({@code Mahkamah Konstitusi (MK)}), else {@code end}. */
    private int withAcronym(int last, int end) {
      int next = last + 1;
      if (next >= n || !gapIs(next, " (")
          || !(isAcronym(tokens.get(next).text()) || tokens.get(next).text().equals("Persero"))) {
        return end;
      }
      int close = tokens.get(next).end();
      return close < text.length() && text.charAt(close) == ')' ? close + 1 : end;
    }

    // ---- organisations and places by head word ------------------------------------------------------------

    private List<Candidate> headedNames(Candidate[] listed) {
      List<Candidate> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Candidate known = listed[i];
        if (known != null && !known.type().equals("ROLE")) {
          i = known.last();
          continue;
        }
        int orgHead = Math.max(words.match(ORG_HEAD, i), words.match(ORG_HEAD_PROPER, i));
        int placeHead = Math.max(words.match(PLACE_HEAD, i), words.match(PLACE_HEAD_PROPER, i));
        if (orgHead == 0 && placeHead == 0) {
          continue;
        }
        boolean place = placeHead > orgHead;
        int head = Math.max(orgHead, placeHead);
        boolean properHead = !place && words.is(ORG_HEAD_PROPER, i);
        int last = extendHeaded(i, head, place, properHead, listed);
        if (last < i + head) {
          continue;
        }
        if (place && words.is(PLACE_HEAD_PROPER, i) && !hasProperWord(i + head, last, listed)) {
          continue; // Pasar Modal, Gedung Baru: a building or market needs a name, not everyday words
        }
        int end = tokens.get(last).end();
        String canonical = text.substring(tokens.get(i).start(), end);
        end = withAcronym(last, end);
        if (end > tokens.get(last).end()) {
          last++;
        }
        String headWord = text.substring(tokens.get(i).start(), tokens.get(i + head - 1).end());
        Candidate listedName = at(listed, i + head);
        if (properHead && listedName != null && listedName.type().equals("ORGANIZATION")) {
          canonical = listedName.canonical();
        }
        out.add(new Candidate(place ? "LOCATION" : "ORGANIZATION", canonical, i, last, tokens.get(i).start(), end,
            place ? "rule:place-head" : "rule:organization-head", null,
            place ? lexicon.placeSubtype(headWord) : null, 1));
        i = last;
      }
      return out;
    }

    private boolean hasProperWord(int from, int last, Candidate[] listed) {
      for (int t = from; t <= last; t++) {
        if (listed[t] != null || !isCommon(t)) {
          return true;
        }
      }
      return false;
    }

    /** The last token of a headed name, or {@code i + head - 1} when no word follows the head. */
    private int extendHeaded(int i, int head, boolean place, boolean properHead, Candidate[] listed) {
      int last = i + head - 1;
      int words = 0;
      int properRun = 0;
      int j = last + 1;
      while (j < n && words < MAX_PATTERN_WORDS && spaceOnly(j)) {
        Candidate known = listed[j];
        if (known != null) {
          if (known.type().equals("ORGANIZATION") && j == i + head && !place) {
            // PT + Medco Energi + Internasional Tbk: a listed company after its head goes on
            last = known.last();
            j = last + 1;
            words++;
            continue;
          }
          if (known.type().equals("LOCATION") || known.type().equals("ORGANIZATION")) {
            return known.last(); // Universitas Indonesia, Dinas Kesehatan Kabupaten Bintan: a known name ends it
          }
          if (known.type().equals("PERSON")) {
            // Universitas Airlangga, Jalan Sudirman, Bandara Soekarno-Hatta: named after a person
            last = known.last();
            j = last + 1;
            words++;
            properRun = 0;
            continue;
          }
          break;
        }
        String word = tokens.get(j).text();
        if (word.equals("Tbk") && !place) {
          return j;
        }
        if (isCapitalized(word) && !isNotName(j)) {
          boolean proper = !isCommon(j) || isAcronym(word);
          properRun = proper ? properRun + 1 : 0;
          if (!place && properRun > (properHead ? 2 : 1)) {
            break;
          }
          last = j;
          words++;
          j++;
        } else if (isRomanOrNumber(word) && words > 0) {
          last = j;
          j++;
        } else if ((word.equals("dan") || word.equals("&")) && words > 0 && j + 1 < n && spaceOnly(j + 1)
            && isCapitalized(tokens.get(j + 1).text()) && isCommon(j + 1)) {
          j++;
        } else {
          break;
        }
      }
      return last;
    }

    // ---- people ------------------------------------------------------------------------------------------

    /**
     * ROLE, then its affiliation (known organisations and places, capitalised everyday words such as {@code
     * Pelayanan Medis}, joined by {@code untuk}, {@code dan}, {@code di}), then a name: directly ({@code Menlu
     * India Subrahmanyam Jaishankar}) or after a comma ({@code Kepala Bidang Pelayanan Medis RSUD Bintan,
     * Murnilawati,}).
     */
    private void namesAfterRoles() {
      List<Candidate> roles = List.copyOf(candidates);
      for (int k = 0; k < roles.size(); k++) {
        Candidate role = roles.get(k);
        if (!role.type().equals("ROLE")) {
          continue;
        }
        int j = role.last() + 1;
        int pos = role.end();
        boolean entitySeen = false;
        while (j < n && onlySpaces(pos, tokens.get(j).start())) {
          if (j - role.first() > MAX_AFFILIATION_TOKENS) {
            j = n; // no title runs this long: no name after it
            break;
          }
          Candidate next = byFirst[j];
          if (next != null && (next.type().equals("LOCATION") || next.type().equals("ORGANIZATION"))) {
            pos = next.end();
            j = next.last() + 1;
            entitySeen = true;
          } else if (next == null && !covered[j] && isCapitalized(tokens.get(j).text())
              && isCommon(j) && !words.is(NAME_PART, j)
              && !isNotName(j) && j + 1 < n) {
            pos = tokens.get(j).end();
            if (!entitySeen) {
              role = widen(role, k, j); // Direktur Riset, Kepala Bidang Pelayanan Medis: the title's own words
            }
            j++;
          } else if (isConnector(tokens.get(j).text()) && j + 1 < n && spaceOnly(j + 1) && byFirst[j + 1] != null
              && pos > role.end()) {
            pos = tokens.get(j).end();
            j++;
          } else {
            break;
          }
        }
        if (j >= n) {
          continue;
        }
        if (appositionAfterChain(role)) {
          continue;
        }
        if (onlySpaces(pos, tokens.get(j).start()) && pos < tokens.get(j).start()) {
          int last = nameRun(j, false);
          if (last >= j) {
            person(j, last, "rule:role-name");
          }
        } else if (text.startsWith(", ", pos) && pos + 2 == tokens.get(j).start()) {
          int last = nameRun(j, false);
          if (last >= j) {
            person(j, last, "rule:role-apposition");
          }
        }
      }
    }

    /**
     * {@code Ketua Forum HRD Serang Barat, Abdul Muhid, di ...}: when the capitalised words after a role run up to a
     * comma and a name follows the comma, those words are the affiliation and the name after the comma is the
     * person. Whether it found one.
     */
    private boolean appositionAfterChain(Candidate role) {
      int j = role.last() + 1;
      int pos = role.end();
      boolean any = false;
      List<Integer> words = new ArrayList<>();
      while (j < n && onlySpaces(pos, tokens.get(j).start()) && pos < tokens.get(j).start()) {
        if (j - role.first() > MAX_AFFILIATION_TOKENS) {
          return false;
        }
        Candidate next = byFirst[j];
        if (next != null && next.type().equals("PERSON")) {
          return false;
        }
        if (next != null) {
          pos = next.end();
          j = next.last() + 1;
        } else if (!covered[j] && (isCapitalized(tokens.get(j).text()) || isRomanOrNumber(tokens.get(j).text()))) {
          pos = tokens.get(j).end();
          words.add(j);
          j++;
          if (j < n && text.startsWith(" (", pos) && isAcronym(tokens.get(j).text())
              && text.startsWith(")", tokens.get(j).end())) {
            pos = tokens.get(j).end() + 1;
            j++;
          }
        } else if (isConnector(tokens.get(j).text()) && any && j + 1 < n && spaceOnly(j + 1)
            && isCapitalized(tokens.get(j + 1).text())) {
          pos = tokens.get(j).end();
          j++;
        } else {
          break;
        }
        any = true;
      }
      if (!any || j >= n || !text.startsWith(", ", pos) || pos + 2 != tokens.get(j).start()) {
        return false;
      }
      int last = nameRun(j, false);
      if (last < j || last + 1 < n && spaceOnly(last + 1) && isCapitalized(tokens.get(last + 1).text())) {
        return false;
      }
      person(j, last, "rule:role-apposition");
      for (int w : words) {
        covered[w] = true; // part of the affiliation, not a name of its own
      }
      return true;
    }

    /** The role widened to token {@code last}, replacing it at index {@code k} of the candidates. */
    private Candidate widen(Candidate role, int k, int last) {
      Candidate wider = new Candidate("ROLE", text.substring(role.start(), tokens.get(last).end()), role.first(), last,
          role.start(), tokens.get(last).end(), role.source(), role.id(), null, role.rank());
      candidates.set(k, wider);
      byFirst[role.first()] = wider;
      covered[last] = true;
      return wider;
    }

    /** {@code Latief Hendraningrat, anggota PETA}: a name followed by a comma and a role. */
    private void namesBeforeRoles() {
      for (int i = 0; i < n; i++) {
        if (covered[i]) {
          continue;
        }
        int last = nameRun(i, false);
        if (last < i || last + 1 >= n || !gapIs(last + 1, ", ") || !isRoleWord(last + 1)) {
          continue;
        }
        person(i, last, "rule:name-role");
        i = last;
      }
    }

    /** A role as the list writes it or in lower case ({@code anggota}, {@code ketua}). */
    private boolean isRoleWord(int j) {
      Candidate c = at(byFirst, j);
      if (c != null) {
        return c.type().equals("ROLE");
      }
      String word = tokens.get(j).text();
      if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
        return false;
      }
      GazetteerEntry e = gazetteer.lookup(Character.toUpperCase(word.charAt(0)) + word.substring(1));
      return e != null && e.type().equals("ROLE");
    }

    private static boolean isConnector(String word) {
      return word.equals("untuk") || word.equals("dan") || word.equals("di") || word.equals("&");
    }

    private boolean onlySpaces(int from, int to) {
      for (int k = from; k < to; k++) {
        if (text.charAt(k) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** {@code Pak Mikdar}, {@code dr. Murnilawati}: the name after an honorific, without it. */
    private void namesAfterHonorifics() {
      for (int i = 0; i < n; i++) {
        int k = words.match(HONORIFIC, i);
        if (k == 0 || covered[i]) {
          continue;
        }
        int j = i + k;
        if (j >= n || covered[j] || !(spaceOnly(j) || gapIs(j, ". ") || gapIs(j, "."))) {
          continue;
        }
        int last = nameRunFrom(j, true);
        if (last >= j) {
          person(j, last, "rule:honorific-name");
          i = last;
        }
      }
    }

    /** {@code ", kata Mikdar."}, {@code Menurut Mikdar,}: a speaker after a speech cue. */
    private void namesAfterCues() {
      for (int i = 0; i + 1 < n; i++) {
        if (!(words.is(CUE, i) || words.is(PASSIVE_CUE, i)) || covered[i + 1]
            || !spaceOnly(i + 1)) {
          continue;
        }
        String cue = tokens.get(i).text();
        if (!cue.equalsIgnoreCase("menurut") && !words.is(PASSIVE_CUE, i) && !afterClauseMark(i)) {
          continue;
        }
        int last = nameRun(i + 1, true);
        if (last > i) {
          person(i + 1, last, "rule:cue-name");
        }
      }
    }

    /** {@code Mikdar mengatakan}, {@code Mikdar juga menegaskan}: a name at a clause's start before a verb. */
    private void namesBeforeVerbs() {
      for (int i = 0; i < n; i++) {
        if (covered[i] || !(i == 0 || afterClauseMark(i) || isClauseWord(i - 1))) {
          continue;
        }
        int last = nameRun(i, false);
        if (last < i || last - i >= 3) {
          continue;
        }
        int j = last + 1;
        while (j < n && spaceOnly(j) && words.is(ADVERB, j)) {
          j++;
        }
        if (j < n && spaceOnly(j) && isPersonVerb(j)) {
          person(i, last, "rule:name-verb");
          i = last;
        }
      }
    }

    /**
     * {@code Mikdar, Yanto dan Sitorus}: names listed with a person found already. A name found this way is looked
     * at in turn, once, so a list of any length costs one step per name.
     */
    private void namesInLists() {
      java.util.ArrayDeque<Candidate> queue = new java.util.ArrayDeque<>();
      for (Candidate c : candidates) {
        if (c.type().equals("PERSON")) {
          queue.add(c);
        }
      }
      while (!queue.isEmpty()) {
        Candidate p = queue.poll();
        if (p.last() + 1 >= n) {
          continue;
        }
        int j = p.last() + 1;
        if (isListWord(tokens.get(j).text()) && spaceOnly(j)) {
          j++;
        } else if (!gapIs(j, ", ")) {
          continue;
        }
        if (j >= n || covered[j] || !(spaceOnly(j) || gapIs(j, ", "))) {
          continue;
        }
        int last = nameRun(j, false);
        if (last >= j) {
          person(j, last, "rule:name-list");
          queue.add(candidates.get(candidates.size() - 1));
        }
      }
    }

    /**
     * The fallback: capitalised words inside a sentence that no list, pattern or context explains, none an
     * everyday word, are most often a person in news text ({@code pidato Bung Tomo}, {@code menegur Dahlan}), or
     * a place after a locative word ({@code di Salemba}, {@code kawasan Pantura}). Found last, with the source
     * {@code rule:capitalised} or {@code rule:capitalised-place} so that later stages can weigh them.
     */
    private void capitalisedNames() {
      for (int i = 1; i < n; i++) {
        if (covered[i] || afterSentenceEnd(i) || isAcronym(tokens.get(i).text())) {
          continue;
        }
        if (tokens.get(i).text().length() < 2) {
          continue;
        }
        int last = nameRun(i, false);
        if (last >= i && last - i < 3) {
          if (spaceOnly(i) && words.is(LOCATIVE, i - 1)) {
            String name = text.substring(tokens.get(i).start(), tokens.get(last).end());
            add(new Candidate("LOCATION", name, i, last, tokens.get(i).start(), tokens.get(last).end(),
                "rule:capitalised-place", null, null, 1));
          } else {
            person(i, last, "rule:capitalised");
          }
          i = last;
        }
      }
    }

    /** Whether a sentence end, a quote or an opening bracket stands right before token {@code i}. */
    private boolean afterSentenceEnd(int i) {
      for (int k = tokens.get(i).start() - 1; k >= tokens.get(i - 1).end(); k--) {
        if (".!?\"“”'‘(:\n".indexOf(text.charAt(k)) >= 0) {
          return true;
        }
      }
      return false;
    }

    private static boolean isListWord(String word) {
      return word.equals("dan") || word.equals("maupun") || word.equals("serta") || word.equals("atau")
          || word.equals("dengan") || word.equals("bersama");
    }

    /** {@code Jokowi-Kalla}, {@code Jokowi-JK}: a pair of people written as one word. */
    private void hyphenatedPairs() {
      for (int i = 0; i < n; i++) {
        String word = tokens.get(i).text();
        int dash = word.indexOf('-');
        if (covered[i] || dash <= 0 || dash == word.length() - 1
            || !Character.isUpperCase(word.codePointAt(dash + 1))) {
          continue;
        }
        GazetteerEntry left = gazetteer.lookup(word.substring(0, dash));
        GazetteerEntry right = gazetteer.lookup(word.substring(dash + 1));
        if (left != null && left.type().equals("PERSON") || right != null && right.type().equals("PERSON")) {
          person(i, i, "rule:name-pair");
        }
      }
    }

    private void person(int first, int last, String source) {
      String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
      add(new Candidate("PERSON", name, first, last, tokens.get(first).start(), tokens.get(last).end(), source,
          null, null, 1));
    }

    /**
     * The last token of a name that starts at {@code i} (or {@code i - 1} if none): up to four capitalised words
     * that no list claims, none an everyday word except a name part after the first ({@code Rizky Putra}); an
     * initial with its full stop may stand inside ({@code Joko S. Widodo}). {@code lenient}: after a strong trigger
     * (an honorific, a cue), the first word may be an everyday word or an all-capitals word.
     */
    private int nameRun(int i, boolean lenient) {
      if (i >= n || covered[i]) {
        return i - 1;
      }
      return nameRunFrom(i, lenient);
    }

    private int nameRunFrom(int i, boolean lenient) {
      int last = i - 1;
      for (int j = i; j < n && j - i < MAX_NAME_WORDS; j++) {
        if (covered[j] || (j > i && !(spaceOnly(j) || initialBefore(j)))) {
          break;
        }
        String word = tokens.get(j).text();
        if (!isCapitalized(word) || isNotName(j) || isContextWord(j) || joinsKnownPlaces(word)) {
          break;
        }
        boolean everyday = isCommon(j) && !words.is(NAME_PART, j);
        if (j == i) {
          boolean namePartFirst = words.is(NAME_PART, j)
              && j + 1 < n && spaceOnly(j + 1) && isCapitalized(tokens.get(j + 1).text())
              && !isCommon(j + 1);
          boolean acronym = isAcronym(word) && word.length() > 1;
          if (!lenient && (isCommon(j) && !namePartFirst || acronym)) {
            break;
          }
          if (lenient && everyday && !(j + 1 < n && spaceOnly(j + 1) && isCapitalized(tokens.get(j + 1).text()))) {
            // a lone everyday word after a cue (kata Sumber) is not a name
            break;
          }
        } else if (everyday) {
          boolean endsRun = j + 1 >= n || !spaceOnly(j + 1) || !isCapitalized(tokens.get(j + 1).text());
          if (!(j - i >= 2 && endsRun && !isNotName(j))) {
            break; // Ali Noer Zaman dalam: a third word that ends the capitalised run stays with the name
          }
        }
        last = j;
      }
      return last;
    }

    /** {@code Jakarta-Pontianak}: a hyphenated word whose first part is a listed place or organisation. */
    private boolean joinsKnownPlaces(String word) {
      int dash = word.indexOf('-');
      if (dash <= 0) {
        return false;
      }
      GazetteerEntry left = gazetteer.lookup(word.substring(0, dash));
      return left != null && (left.type().equals("LOCATION") || left.type().equals("ORGANIZATION"));
    }

    private boolean isContextWord(int j) {
      return words.is(CUE, j) || words.is(ORG_HEAD, j) || words.is(PLACE_HEAD, j) || words.is(HONORIFIC, j);
    }

    /** Whether token {@code j} is a single capital letter's initial, the one before it ending with a full stop. */
    private boolean initialBefore(int j) {
      Token previous = tokens.get(j - 1);
      return previous.text().length() == 1 && Character.isUpperCase(previous.text().charAt(0))
          && (gapIs(j, ". ") || gapIs(j, "."));
    }

    private boolean isPersonVerb(int j) {
      if (words.is(VERB, j)) {
        return true;
      }
      String w = tokens.get(j).text();
      // me-, ber-, di- verbs (menjamin, berhasil, dinobatkan): people and organisations; organisations are listed
      if (w.length() < 6 || !w.chars().allMatch(Character::isLowerCase)) {
        return false;
      }
      return w.startsWith("me") && "mngy".indexOf(w.charAt(2)) >= 0 || w.startsWith("ber") || w.startsWith("di");
    }

    /** Whether a comma, quote, bracket or sentence end stands right before token {@code i}. */
    private boolean afterClauseMark(int i) {
      if (i == 0) {
        return true;
      }
      for (int k = tokens.get(i).start() - 1; k >= tokens.get(i - 1).end(); k--) {
        char c = text.charAt(k);
        if (",.;:!?\"”“(—–-\n".indexOf(c) >= 0) {
          return true;
        }
      }
      return false;
    }

    private boolean isClauseWord(int i) {
      String w = tokens.get(i).text();
      return spaceOnly(i + 1) && (w.equals("dan") || w.equals("bahwa") || w.equals("Sementara")
          || w.equals("sementara") || w.equals("Namun") || w.equals("namun") || w.equals("tetapi")
          || w.equals("sedangkan") || w.equals("Kemudian") || w.equals("kemudian"));
    }

    // ---- later mentions ----------------------------------------------------------------------------------

    /**
     * A person found anywhere in the text is found again where the same words stand, and where their first or
     * last word stands alone and is capitalised (unless two people share it): {@code Blinken} after {@code Antony
     * Blinken}, with the full name as canonical.
     */
    private void laterMentions() {
      Map<String, String> forms = new HashMap<>();
      Set<String> ambiguous = new HashSet<>();
      Map<List<String>, String> wholes = new HashMap<>();
      for (Candidate c : List.copyOf(candidates)) {
        if (!c.type().equals("PERSON")) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(text.substring(c.start(), c.end()))) {
          words.add(t.text());
        }
        if (!words.isEmpty()) {
          wholes.putIfAbsent(words, c.canonical());
        }
        List<Token> canonical = WordTokenizer.tokenize(c.canonical());
        if (canonical.size() < 2) {
          continue;
        }
        for (String form : List.of(canonical.get(canonical.size() - 1).text(), canonical.get(0).text())) {
          if (lexicon.isCommon(form) || form.length() < 3) {
            continue;
          }
          String previous = forms.putIfAbsent(form, c.canonical());
          if (previous != null && !previous.equals(c.canonical())) {
            ambiguous.add(form);
          }
        }
      }
      for (int k = 0; k < candidates.size(); k++) {
        Candidate c = candidates.get(k);
        if (c.type().equals("PERSON") && c.first() == c.last() && c.source().startsWith("rule:")) {
          String word = tokens.get(c.first()).text();
          String full = ambiguous.contains(word) ? null : forms.get(word);
          if (full != null && !full.equals(c.canonical())) {
            candidates.set(k, new Candidate("PERSON", full, c.first(), c.last(), c.start(), c.end(), c.source(),
                c.id(), null, c.rank()));
          }
        }
      }
      // Names of several words by their first word: a token is compared only with the names it could start.
      Map<String, List<Map.Entry<List<String>, String>>> byFirstWord = new HashMap<>();
      for (Map.Entry<List<String>, String> whole : wholes.entrySet()) {
        if (whole.getKey().size() > 1) {
          byFirstWord.computeIfAbsent(whole.getKey().get(0), k -> new ArrayList<>()).add(whole);
        }
      }
      for (int t = 0; t < n; t++) {
        if (covered[t] || !tokens.get(t).isCapitalized()) {
          continue;
        }
        int best = -1;
        String canonical = null;
        for (Map.Entry<List<String>, String> whole : byFirstWord.getOrDefault(tokens.get(t).text(), List.of())) {
          List<String> words = whole.getKey();
          int size = words.size();
          if (size > 1 && size - 1 > best && matchesAt(t, words)) {
            best = size - 1;
            canonical = whole.getValue();
          }
        }
        if (canonical == null) {
          String word = tokens.get(t).text();
          canonical = ambiguous.contains(word) ? null : forms.get(word);
          if (canonical == null && wholes.containsKey(List.of(word))) {
            canonical = wholes.get(List.of(word));
          }
          best = 0;
        }
        if (canonical != null) {
          candidates.add(new Candidate("PERSON", canonical, t, t + best, tokens.get(t).start(),
              tokens.get(t + best).end(), "coref:" + canonical, null, null, 3));
          for (int k = t; k <= t + best; k++) {
            covered[k] = true;
          }
          t += best;
        }
      }
    }

    private boolean matchesAt(int t, List<String> words) {
      if (t + words.size() > n) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (covered[t + k] || !tokens.get(t + k).text().equals(words.get(k)) || (k > 0 && !spaceOnly(t + k))) {
          return false;
        }
      }
      return true;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private boolean spaceOnly(int i) {
      return NameLexicon.spaceOnly(text, tokens, i);
    }

    /** Whether exactly {@code gap} stands between token {@code i - 1} and token {@code i}. */
    private boolean gapIs(int i, String gap) {
      if (i <= 0 || i >= n) {
        return false;
      }
      int from = tokens.get(i - 1).end();
      int to = tokens.get(i).start();
      return to - from == gap.length() && text.startsWith(gap, from);
    }

    /** Keeps non-overlapping candidates: earliest start first, then the longest, then the surest source. */
    private List<Entity> settle() {
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
            .setSubtype(c.subtype())
            .build());
        coveredUntil = c.end();
      }
      return entities;
    }
  }

  /** The candidate at token {@code i}, or null, also for an index outside the text. */
  private static Candidate at(Candidate[] byToken, int i) {
    return i >= 0 && i < byToken.length ? byToken[i] : null;
  }

  static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Two to ten letters or digits, the letters all capitals, at least one letter ({@code MK}, {@code G20}). */
  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 10) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letter;
  }

  private static boolean isRomanOrNumber(String word) {
    return word.matches("[IVXL]{1,5}+|\\d{1,3}+");
  }
}
