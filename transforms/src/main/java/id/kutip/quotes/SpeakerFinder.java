package id.kutip.quotes;

import id.kutip.common.SortedInts;
import id.kutip.schema.Entity;
import id.kutip.schema.SpeakerKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who a speaker phrase names, in one document: an entity run ({@code Menteri Luar Negeri Jerman Annalena
 * Baerbock}), a pronoun ({@code dia}, {@code pejabat itu}) resolved to the last speaker, a role alone
 * ({@code Menlu AS itu}) resolved to the person the document gave that role, an unnamed source described in words
 * ({@code seorang pejabat senior AS}), or capitalised words no list knows ({@code kata Mikdar}).
 */
final class SpeakerFinder {
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_DESCRIPTION_WORDS = 10;
  /** Words that end the head of a subject ({@code Blinken yang ...}, {@code Blinken selaku ...}). */
  private static final List<String> HEAD_ENDS = List.of(" yang ", " selaku ", " sebagai ", " yang juga ");
  /** How much of the end of a subject's head is compared with pronouns and demonstratives, in chars, at least. */
  private static final int HEAD_TAIL = 48;

  private final String text;
  private final EntityIndex entities;
  private final CueLexicon lexicon;
  private final Set<String> notNames;
  private final List<String> anonymousHeads;
  private final List<String> determiners;
  private final Set<String> adverbs;
  private final List<String> connectives;
  private final Map<String, SpeakerRef> byRole = new HashMap<>();
  /** The first of {@link #byRole}'s speakers (in its order) by name: one lookup per person, not a scan. */
  private final Map<String, SpeakerRef> byName = new HashMap<>();
  /** Which words stand whole in the text, for {@link #usedAsCommonWord}. */
  private final WholeWords wholeWords;
  /** Where each of {@link #HEAD_ENDS} stands in the text, in order, with its length; built on first use. */
  private int[] headEnds;
  private int[] headEndLengths;
  /** {@link #HEAD_TAIL}, or more when a pronoun is longer. */
  private final int headTail;

  private SpeakerRef lastSpeaker;
  private SpeakerRef lastAnonymous;
  /** A person who opened a sentence after the last speaker spoke: `dia` may well be them. */
  private SpeakerRef lastSubject;
  private long clock;
  private long lastSpeakerTime;
  private long lastSubjectTime;

  SpeakerFinder(String text, EntityIndex entities, QuoteLexicons lexicons) {
    this.text = text;
    this.wholeWords = new WholeWords(text);
    this.entities = entities;
    this.lexicon = lexicons.cues();
    this.notNames = lexicons.notNames();
    this.anonymousHeads = lexicons.anonymousHeads();
    this.determiners = lexicons.determiners();
    this.adverbs = lexicons.adverbs();
    this.connectives = lexicons.connectives();
    this.headTail = Math.max(HEAD_TAIL,
        lexicon.pronouns.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
    rememberRoles();
    for (SpeakerRef ref : byRole.values()) {
      byName.putIfAbsent(ref.name(), ref);
    }
  }

  /** A phrase found: who, and where the phrase ends in the text. */
  record Found(SpeakerRef speaker, int end) {}

  SpeakerRef lastSpeaker() {
    return lastSpeaker;
  }

  /** Records who spoke last, for pronouns and continuation paragraphs. */
  void spoke(SpeakerRef speaker) {
    if (speaker == null || speaker.kind() == SpeakerKind.UNKNOWN) {
      return;
    }
    if (speaker.kind() == SpeakerKind.ANONYMOUS && !speaker.name().contains(" ")) {
      // A bare group (`warga`, `korban`) is rarely who `ujarnya` or `dia` means next.
      lastAnonymous = speaker;
      return;
    }
    lastSpeaker = speaker;
    lastSpeakerTime = ++clock;
    if (speaker.kind() == SpeakerKind.ANONYMOUS) {
      lastAnonymous = speaker;
    }
  }

  /** A sentence starts at {@code offset}: a listed person who opens it becomes a candidate for later pronouns. */
  void sentenceStarts(int offset, int end) {
    int pos = skipConnectives(skipSpaces(offset), end);
    List<Entity> chain = entities.chainFrom(pos);
    if (chain.isEmpty()) {
      return;
    }
    SpeakerRef ref = fromChain(chain);
    if (ref != null && ref.kind() == SpeakerKind.PERSON) {
      lastSubject = ref;
      lastSubjectTime = ++clock;
    }
  }

  /** The speaker phrase that starts at {@code offset} (after a cue: {@code kata ___}). */
  Found at(int offset) {
    int pos = skipSpaces(offset);
    Found pronoun = pronounAt(pos);
    if (pronoun != null) {
      return pronoun;
    }
    List<Entity> chain = entities.chainFrom(pos);
    if (!chain.isEmpty()) {
      SpeakerRef ref = fromChain(chain);
      Found appositive = appositiveAfter(chain, ref);
      if (appositive != null) {
        return appositive;
      }
      if (ref != null) {
        return new Found(ref, chainEnd(chain, ref));
      }
    }
    Found described = describedThenNamed(pos);
    if (described != null) {
      return described;
    }
    Found description = descriptionAt(pos, text.length());
    if (description != null) {
      return description;
    }
    return capitalisedAt(pos);
  }

  /**
   * {@code jelas psikolog hubungan, Niloo Dardashti, PhD}: words in lower case that say who someone is, a comma,
   * then the name. The name is the speaker; the description is their role.
   */
  private Found describedThenNamed(int pos) {
    if (pos >= text.length() || !Character.isLowerCase(text.charAt(pos))) {
      return null;
    }
    int words = 0;
    for (int i = pos; i < Math.min(text.length(), pos + 80); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (c == ',') {
        int nameStart = skipSpaces(i + 1);
        Entity person = entities.startingAt(nameStart);
        Found name = person != null && person.getType().equals("PERSON")
            ? new Found(personRef(person, null, null), person.getEnd())
            : capitalisedAt(nameStart);
        if (name == null || !closesName(name.end()) || words > 6) {
          return null;
        }
        SpeakerRef n = name.speaker();
        return new Found(new SpeakerRef(n.name(), n.mention(), SpeakerKind.PERSON, text.substring(pos, i).strip(),
            n.affiliation(), n.mentionStart(), n.mentionEnd(), Math.min(0.8f, n.confidence())), name.end());
      } else if (!Character.isLowerCase(c) && c != '-') {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code kata Ketua Forum HRD Serang Barat, Abdul Muhid, di ...}: a role (and its body) set off from the name by
   * commas. The name between the commas is the speaker, unless the run already ended on a listed person.
   */
  private Found appositiveAfter(List<Entity> chain, SpeakerRef ref) {
    if (!chain.get(0).getType().equals("ROLE")) {
      return null;
    }
    boolean listedPerson = chain.stream().anyMatch(e -> e.getType().equals("PERSON")
        && !e.getSource().startsWith("rule:"));
    if (listedPerson) {
      return null;
    }
    // The role's body may hold words no list knows (`Ketua Forum HRD Serang Barat`): look for the comma.
    int roleEnd = chain.get(0).getEnd();
    int comma = -1;
    for (int i = roleEnd; i < Math.min(text.length(), roleEnd + 90); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        comma = i;
        break;
      }
      if (c == '.' && !(i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))
          || c == '\n' || QuoteMarks.isMark(c)) {
        return null;
      }
    }
    if (comma < 0) {
      return null;
    }
    int nameStart = skipSpaces(comma + 1);
    Entity person = entities.startingAt(nameStart);
    Found name;
    if (person != null && person.getType().equals("PERSON")) {
      name = new Found(personRef(person, null, null), person.getEnd());
    } else {
      name = capitalisedAt(nameStart);
    }
    if (name == null) {
      return null;
    }
    int after = name.end();
    if (!closesName(after)) {
      return null;
    }
    SpeakerRef named = name.speaker();
    String affiliation = text.substring(roleEnd, comma).strip();
    return new Found(new SpeakerRef(named.name(), named.mention(), SpeakerKind.PERSON, chain.get(0).getCanonical(),
        affiliation.isEmpty() ? null : affiliation, named.mentionStart(), named.mentionEnd(),
        Math.min(0.8f, named.confidence() + 0.1f)), after);
  }

  /** A name set off by a comma ends at punctuation or at a word that starts what follows it (`dalam rapat`). */
  private boolean closesName(int after) {
    if (after >= text.length() || ",.;:\n".indexOf(text.charAt(after)) >= 0) {
      return true;
    }
    String rest = text.substring(after, Math.min(text.length(), after + 12)).toLowerCase(Locale.ROOT);
    for (String word : List.of(" dalam ", " di ", " saat ", " ketika ", " kepada ", " pada ", " usai ", " seusai ")) {
      if (rest.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** The subject of a verb of saying: the phrase that ends at {@code end}, within [{@code from}, {@code end}). */
  Found before(int from, int end) {
    int start = skipConnectives(skipSpaces(from), end);
    int headEnd = withoutTrailingAdverbs(start, trimEnd(start, headCut(start, end)));
    if (headEnd <= start) {
      return null;
    }
    // Pronouns and demonstratives are looked for at the head's end: its last chars are enough, however long it is.
    boolean whole = headEnd - start <= headTail;
    String lowerHead = text.substring(whole ? start : headEnd - headTail, headEnd).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> p : lexicon.pronouns.entrySet()) {
      if (whole && lowerHead.equals(p.getKey()) || lowerHead.endsWith(" " + p.getKey())) {
        return resolvePronoun(p.getValue(), headEnd - p.getKey().length(), headEnd);
      }
    }
    // `Menlu AS itu`: a role named before, pointed at again.
    for (String demonstrative : List.of(" itu", " tersebut", " ini")) {
      if (lowerHead.endsWith(demonstrative)) {
        int inner = trimEnd(start, headEnd - demonstrative.length());
        List<Entity> chain = entities.chainEndingAt(inner);
        if (!chain.isEmpty()) {
          SpeakerRef ref = fromChain(chain);
          if (ref != null) {
            return new Found(ref.mentionedAs(text.substring(chain.get(0).getStart(), headEnd),
                chain.get(0).getStart(), headEnd, ref.confidence()), headEnd);
          }
        }
      }
    }
    List<Entity> chain = entities.chainEndingAt(headEnd);
    if (chain.stream().anyMatch(e -> e.getType().equals("PERSON"))) {
      SpeakerRef person = fromChain(chain);
      if (person != null) {
        return new Found(person, headEnd);
      }
    }
    Found description = descriptionAt(start, headEnd);
    if (description != null) {
      return description;
    }
    if (!chain.isEmpty()) {
      SpeakerRef ref = fromChain(chain);
      if (ref != null) {
        return new Found(ref, headEnd);
      }
    }
    return capitalisedEndingAt(start, headEnd);
  }

  /**
   * Where the head of the clause [start, end) ends: at the first of {@link #HEAD_ENDS} that lies wholly inside it,
   * else at {@code end}. By binary search over where those words stand in the text.
   */
  private int headCut(int start, int end) {
    if (headEnds == null) {
      indexHeadEnds();
    }
    int lo = SortedInts.countBelow(headEnds, start);
    // Words that do not fit before `end` start within the last few chars of it: few are passed over.
    for (int i = lo; i < headEnds.length && headEnds[i] < end; i++) {
      if (headEnds[i] + headEndLengths[i] <= end) {
        return headEnds[i];
      }
    }
    return end;
  }

  private void indexHeadEnds() {
    java.util.TreeMap<Integer, Integer> found = new java.util.TreeMap<>();
    for (String word : HEAD_ENDS) {
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        found.merge(i, word.length(), Math::min);
      }
    }
    headEnds = new int[found.size()];
    headEndLengths = new int[found.size()];
    int k = 0;
    for (Map.Entry<Integer, Integer> e : found.entrySet()) {
      headEnds[k] = e.getKey();
      headEndLengths[k++] = e.getValue();
    }
  }

  /**
   * The segment [from, to) when it is nothing but a speaker phrase: the name between the commas of
   * {@code Kepala Dishub Manado, Jeffry Worang, menegaskan}. The role before the first comma is kept.
   */
  Found wholeSegment(int from, int to, int roleFrom) {
    int start = skipSpaces(from);
    int end = trimEnd(start, to);
    if (end <= start) {
      return null;
    }
    List<Entity> chain = entities.chainEndingAt(end);
    SpeakerRef ref = null;
    if (!chain.isEmpty() && chain.get(0).getStart() == start) {
      ref = fromChain(chain);
    } else {
      Found name = capitalisedEndingAt(start, end);
      if (name != null && name.speaker().mentionStart() == start) {
        ref = name.speaker();
      }
    }
    if (ref == null || ref.kind() != SpeakerKind.PERSON) {
      return null;
    }
    if (ref.role() == null && roleFrom >= 0 && roleFrom < start) {
      List<Entity> roleChain = entities.chainFrom(skipConnectives(skipSpaces(roleFrom), start));
      if (!roleChain.isEmpty() && roleChain.get(0).getType().equals("ROLE")) {
        StringBuilder affiliation = new StringBuilder();
        for (Entity e : roleChain.subList(1, roleChain.size())) {
          affiliation.append(affiliation.length() == 0 ? "" : " ").append(e.getText());
        }
        ref = new SpeakerRef(ref.name(), ref.mention(), ref.kind(), roleChain.get(0).getCanonical(),
            affiliation.length() == 0 ? null : affiliation.toString(), ref.mentionStart(), ref.mentionEnd(),
            ref.confidence());
      }
    }
    return new Found(ref, end);
  }

  /** Skips clause-opening words that are not a subject ({@code sambil}, {@code Sementara itu}, {@code yang}). */
  int skipConnectives(int from, int end) {
    int pos = from;
    boolean moved = true;
    while (moved) {
      moved = false;
      String rest = text.substring(pos, Math.min(end, pos + 20)).toLowerCase(Locale.ROOT);
      for (String c : connectives) {
        if (rest.startsWith(c) && (rest.length() == c.length() || !Character.isLetter(rest.charAt(c.length())))) {
          pos = skip(pos + c.length(), end, " ,");
          moved = true;
          break;
        }
      }
    }
    return pos;
  }

  private int skip(int from, int end, String chars) {
    int p = from;
    while (p < end && chars.indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }

  private Found pronounAt(int pos) {
    String rest = text.substring(pos, Math.min(text.length(), pos + 24)).toLowerCase(Locale.ROOT);
    String best = null;
    for (String p : lexicon.pronouns.keySet()) {
      if (rest.startsWith(p) && (rest.length() == p.length() || !Character.isLetterOrDigit(rest.charAt(p.length())))
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best == null ? null : resolvePronoun(lexicon.pronouns.get(best), pos, pos + best.length());
  }

  /** A pronoun at [start, end): the last speaker of that sort, or the last person named before it. */
  Found resolvePronoun(String refersTo, int start, int end) {
    String mention = text.substring(start, end);
    if (refersTo.equals("anonymous")) {
      if (lastAnonymous != null) {
        return new Found(lastAnonymous.mentionedAs(mention, start, end, 0.7f), end);
      }
      return new Found(SpeakerRef.UNKNOWN, end);
    }
    if (lastSubject != null && lastSubjectTime > lastSpeakerTime
        && (lastSpeaker == null || !lastSubject.name().equals(lastSpeaker.name()))) {
      return new Found(lastSubject.mentionedAs(mention, start, end, 0.6f), end);
    }
    if (lastSpeaker != null && lastSpeaker.kind() != SpeakerKind.ORGANIZATION) {
      return new Found(lastSpeaker.mentionedAs(mention, start, end, 0.7f), end);
    }
    Entity person = entities.lastPersonBefore(start);
    if (person != null) {
      return new Found(personRef(person, null, null).mentionedAs(mention, start, end, 0.55f), end);
    }
    return new Found(SpeakerRef.UNKNOWN, end);
  }

  /** A pronoun cue such as {@code katanya}: the speaker is whoever spoke or was named last. */
  Found pronounCue(int start, int end) {
    return resolvePronoun("person", start, end);
  }

  /** ROLE, affiliations, PERSON; or ORGANIZATION with affiliations; or a ROLE alone, resolved by memory. */
  private SpeakerRef fromChain(List<Entity> chain) {
    String role = null;
    StringBuilder affiliation = new StringBuilder();
    for (int i = 0; i < chain.size(); i++) {
      Entity e = chain.get(i);
      switch (e.getType()) {
        case "PERSON" -> {
          return personRef(e, role, affiliation.length() == 0 ? null : affiliation.toString());
        }
        case "ROLE" -> {
          role = e.getCanonical();
          affiliation.setLength(0);
        }
        case "LOCATION", "ORGANIZATION" -> {
          if (role == null) {
            // A country or its capital speaks for its government (`Rusia membalas`, `Washington mengatakan`);
            // a city or a province does not.
            if (e.getType().equals("LOCATION") && !e.getSource().matches("gazetteer:location-(country|capital)")) {
              return null;
            }
            return organisationRef(chain, i);
          }
          if (affiliation.length() > 0) {
            affiliation.append(' ');
          }
          affiliation.append(e.getText());
        }
        default -> {
          return null;
        }
      }
    }
    if (role == null) {
      return null;
    }
    String affil = affiliation.length() == 0 ? null : affiliation.toString();
    Entity first = chain.get(0);
    Entity last = chain.get(chain.size() - 1);
    String phrase = text.substring(first.getStart(), last.getEnd());
    SpeakerRef known = byRole.get(roleKey(role, affil));
    if (known == null && affil == null) {
      known = byRole.get(roleKey(role, "*"));
    }
    if (known != null) {
      return known.mentionedAs(phrase, first.getStart(), last.getEnd(), 0.75f);
    }
    return new SpeakerRef(phrase, phrase, SpeakerKind.ANONYMOUS, role, affil, first.getStart(), last.getEnd(), 0.5f);
  }

  private SpeakerRef organisationRef(List<Entity> chain, int from) {
    Entity first = chain.get(from);
    int end = first.getEnd();
    StringBuilder name = new StringBuilder(first.getCanonical());
    for (int i = from + 1; i < chain.size() && chain.get(i).getType().equals("LOCATION"); i++) {
      name.append(' ').append(chain.get(i).getText());
      end = chain.get(i).getEnd();
    }
    return new SpeakerRef(
        name.toString(), text.substring(first.getStart(), end), SpeakerKind.ORGANIZATION, null, null,
        first.getStart(), end, 0.8f);
  }

  private SpeakerRef personRef(Entity person, String role, String affiliation) {
    SpeakerRef known = byName.get(person.getCanonical());
    String r = role != null ? role : known != null ? known.role() : null;
    String a = role != null ? affiliation : known != null ? known.affiliation() : null;
    float confidence = person.getSource().startsWith("gazetteer") || person.getSource().startsWith("coref") ? 0.9f : 0.8f;
    return new SpeakerRef(person.getCanonical(), person.getText(), SpeakerKind.PERSON, r, a,
        person.getStart(), person.getEnd(), confidence);
  }

  /** Where the speaker phrase of a chain ends: after the person when there is one. */
  private static int chainEnd(List<Entity> chain, SpeakerRef ref) {
    int end = chain.get(0).getEnd();
    for (Entity e : chain) {
      end = e.getEnd();
      if (ref.mentionEnd() == e.getEnd()) {
        break;
      }
    }
    return end;
  }

  /** {@code [determiner] head-noun ...} up to a comma, a full stop, {@code yang} or a quote mark. */
  private Found descriptionAt(int pos, int limit) {
    int start = skipSpaces(pos);
    String rest = text.substring(start, Math.min(limit, start + 200)).toLowerCase(Locale.ROOT);
    for (String d : determiners) {
      if (rest.startsWith(d + " ")) {
        start += d.length() + 1;
        rest = rest.substring(d.length() + 1);
        break;
      }
    }
    boolean headed = false;
    for (String head : anonymousHeads) {
      if (rest.startsWith(head) && (rest.length() == head.length() || !Character.isLetter(rest.charAt(head.length())))) {
        headed = true;
        break;
      }
    }
    if (!headed) {
      return null;
    }
    int end = start;
    int words = 0;
    int i = start;
    while (i < limit && words < MAX_DESCRIPTION_WORDS) {
      char c = text.charAt(i);
      if (",.:(?!\n".indexOf(c) >= 0 || QuoteMarks.isMark(c)) {
        break;
      }
      int wordEnd = i;
      while (wordEnd < limit && !Character.isWhitespace(text.charAt(wordEnd)) && ",.:(?!\n".indexOf(text.charAt(wordEnd)) < 0
          && !QuoteMarks.isMark(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (word.equals("yang") || word.equals("dalam") || word.equals("kepada") || word.equals("pada")
          || word.equals("di") || lexicon.isBeforeCue(word) || lexicon.afterCue(word) != null
          || (words > 0 && (adverbs.contains(word) || looksLikeVerb(word)))) {
        break;
      }
      end = wordEnd;
      words++;
      i = wordEnd;
      while (i < limit && text.charAt(i) == ' ') {
        i++;
      }
    }
    if (end <= start) {
      return null;
    }
    String description = text.substring(start, end);
    String lower = description.toLowerCase(Locale.ROOT);
    for (String demonstrative : List.of(" itu", " tersebut", " ini")) {
      if (lower.endsWith(demonstrative) && lastAnonymous != null) {
        return new Found(lastAnonymous.mentionedAs(description, start, end, 0.7f), end);
      }
    }
    return new Found(
        new SpeakerRef(description, description, SpeakerKind.ANONYMOUS, null, null, start, end, 0.7f), end);
  }

  /** A capitalised word that this text also writes in lower case is a sentence-initial common word, not a name. */
  private boolean usedAsCommonWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals(word) || wholeWords.standsAlone(lower);
  }

  /** Indonesian verbs of action carry the prefixes me-, ber- or di-; a description (a noun phrase) stops there. */
  private static boolean looksLikeVerb(String lowerWord) {
    return lowerWord.length() >= 7 && Character.isLowerCase(lowerWord.charAt(0))
        && (lowerWord.startsWith("me") || lowerWord.startsWith("ber") || lowerWord.startsWith("di"));
  }

  /** One to four capitalised words no list knows: a person by the name as written. */
  private Found capitalisedAt(int pos) {
    int i = pos;
    int end = pos;
    int words = 0;
    while (i < text.length() && words < MAX_NAME_WORDS) {
      int wordEnd = wordEnd(i);
      if (wordEnd == i) {
        break;
      }
      String word = text.substring(i, wordEnd);
      if (!Character.isUpperCase(word.charAt(0)) || notNames.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
      end = wordEnd;
      words++;
      if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
        break;
      }
      i = wordEnd + 1;
    }
    if (words == 0 || words == 1 && usedAsCommonWord(text.substring(pos, end))) {
      return null;
    }
    String name = text.substring(pos, end);
    return new Found(new SpeakerRef(name, name, SpeakerKind.PERSON, null, null, pos, end, 0.6f), end);
  }

  /** Capitalised words that end the clause, with at most two other words before them ({@code Namun Blinken}). */
  private Found capitalisedEndingAt(int from, int end) {
    String[] words = lastWords(from, end, MAX_NAME_WORDS + 7);
    if (words == null) {
      return null; // more words than a subject phrase has
    }
    int n = 0;
    for (int k = words.length - 1; k >= 0 && n < MAX_NAME_WORDS; k--) {
      String w = words[k];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || notNames.contains(w.toLowerCase(Locale.ROOT))
          || !w.chars().allMatch(c -> isNameChar((char) c))) {
        break;
      }
      n++;
    }
    // A subject is the head of its clause: `Namun Blinken`, or a description before a full name
    // (`dokter spesialis anak Ian Suryadi Suteja`); not `pembicaraan itu Blinken`.
    if (n == 0 || words.length - n > (n >= 2 ? 6 : 2)) {
      return null;
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
    if (n == 1 && usedAsCommonWord(name)) {
      return null;
    }
    int start = end - name.length();
    if (start < from || !text.startsWith(name, start)) {
      return null;
    }
    return new Found(new SpeakerRef(name, name, SpeakerKind.PERSON, null, null, start, end, 0.6f), end);
  }

  /**
   * The words of {@code text.substring(from, end).strip().split(" +")}, read from the end: null when there are
   * more than {@code max - 1}, so that a long clause costs no more than a short one.
   */
  private String[] lastWords(int from, int end, int max) {
    int first = from;
    while (first < end && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    int e = end;
    while (e > first && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= first) {
      return new String[] {""};
    }
    java.util.ArrayDeque<String> words = new java.util.ArrayDeque<>();
    while (e > first) {
      if (words.size() == max - 1) {
        return null;
      }
      int s = e;
      while (s > first && text.charAt(s - 1) != ' ') {
        s--;
      }
      words.addFirst(text.substring(s, e));
      e = s;
      while (e > first && text.charAt(e - 1) == ' ') {
        e--;
      }
    }
    return words.toArray(new String[0]);
  }

  private int wordEnd(int i) {
    int j = i;
    while (j < text.length() && isNameChar(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '.';
  }

  /** {@code Blinken kemudian} -> {@code Blinken}. */
  private int withoutTrailingAdverbs(int from, int end) {
    int e = end;
    while (e > from) {
      int wordStart = e;
      while (wordStart > from && text.charAt(wordStart - 1) != ' ') {
        wordStart--;
      }
      if (!adverbs.contains(text.substring(wordStart, e).toLowerCase(Locale.ROOT))) {
        break;
      }
      e = trimEnd(from, wordStart);
    }
    return e;
  }

  private int trimEnd(int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private int skipSpaces(int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** Every ROLE [affiliation] PERSON run in the document, so that {@code Menlu AS itu} finds its person. */
  private void rememberRoles() {
    for (Entity e : entities.all()) {
      if (!e.getType().equals("ROLE")) {
        continue;
      }
      List<Entity> chain = entities.chainFrom(e.getStart());
      SpeakerRef ref = fromChainNoMemory(chain);
      if (ref != null) {
        byRole.putIfAbsent(roleKey(ref.role(), ref.affiliation()), ref);
        byRole.putIfAbsent(roleKey(ref.role(), "*"), ref);
      }
    }
  }

  private SpeakerRef fromChainNoMemory(List<Entity> chain) {
    String role = null;
    StringBuilder affiliation = new StringBuilder();
    for (Entity e : chain) {
      switch (e.getType()) {
        case "PERSON" -> {
          if (role == null) {
            return null;
          }
          return new SpeakerRef(e.getCanonical(), e.getText(), SpeakerKind.PERSON, role,
              affiliation.length() == 0 ? null : affiliation.toString(), e.getStart(), e.getEnd(), 0.9f);
        }
        case "ROLE" -> {
          role = e.getCanonical();
          affiliation.setLength(0);
        }
        case "LOCATION", "ORGANIZATION" -> {
          if (affiliation.length() > 0) {
            affiliation.append(' ');
          }
          affiliation.append(e.getText());
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private static String roleKey(String role, String affiliation) {
    return role + "|" + (affiliation == null ? "" : affiliation);
  }
}
