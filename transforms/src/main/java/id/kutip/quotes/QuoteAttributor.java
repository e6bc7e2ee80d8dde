package id.kutip.quotes;

import id.kutip.common.Offsets;
import id.kutip.common.SortedInts;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.QuoteType;
import id.kutip.schema.Sentence;
import id.kutip.schema.SpeakerKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what in one document, from its text, sentences and entities. Reads the document once, in order,
 * so that pronouns and continuation paragraphs refer to the speaker met last:
 *
 * <ul>
 *   <li>direct quotes with the cue after ({@code "...," kata Blinken}, {@code katanya}), before
 *       ({@code Blinken mengatakan, "..."}, {@code Blinken: "..."}), in the middle ({@code "...," kata X, "..."}
 *       is two records), running over paragraphs, or alone in a paragraph that continues the last speaker;
 *   <li>indirect speech ({@code X mengatakan (bahwa) ...}, {@code Menurut X, ...}), mixed when it carries a
 *       quoted fragment; coordinated verbs make one record each; negated verbs none.
 * </ul>
 *
 * Thread-safe: all per-document state lives in {@link Reading}.
 */
public final class QuoteAttributor {
  /** How much of a statement over the length limit is kept, for the dead letter that reports it. */
  static final int HEAD_CHARS = 1_000;
  /** Words of content an indirect quote needs at least. */
  static final int MIN_INDIRECT_WORDS = 3;
  /** How far before and after a quote its relay ({@code seperti dikutip dari BBC}) is looked for, in chars. */
  static final int RELAY_WINDOW = 200;
  private static final Pattern TRAILING_RELAY = Pattern.compile(
      ",\\s*+(?:(?:seperti|sebagaimana)\\s++)?(?:lapor|dilaporkan|dikutip|mengutip|dilansir|melansir|menurut|"
          + "kata|ujar|tulis)\\b[^,]{0,120}$|,\\s*+(?:kantor berita|media|surat kabar|harian|stasiun televisi)\\b"
          + "[^,]{0,80}\\bmelaporkan$|,\\s*+(?:[A-Z][\\p{L}.]*+\\s*+){1,4}melaporkan$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The subject of a passive verb of saying that points at the sentence before: `Hal itu`, `Pernyataan tersebut`. */
  private static final Pattern POINTER = Pattern.compile(
      "(?:(?:namun|sementara itu|adapun),? )?(?:hal|pernyataan|penegasan|keterangan|penjelasan|ucapan|informasi)"
          + " (?:itu|tersebut|ini)(?: pun| juga)?");

  /** Words that join two verbs of saying of one speaker: {@code menuduh ... dan mengatakan ...}. */
  private static final List<String> COORDINATING_WORDS =
      List.of("dan", "serta", "tetapi", "tapi", "namun", "lalu", "kemudian", "sambil", "seraya", "sekaligus");
  private static final Pattern COORDINATION_AT_END = Pattern.compile(
      "\\s*+(?:,\\s*+(?:(?:dan|serta|tetapi|tapi|namun|lalu|kemudian|sambil|seraya|sekaligus)\\s++)?"
          + "|(?:dan|serta|tetapi|tapi|namun|lalu|kemudian|sambil|seraya|sekaligus)\\s++)"
          + "(?:(?:juga|pun|kembali|lantas)\\s++)?$");
  /**
   * A match of {@link #COORDINATION_AT_END} spans at most three runs of non-space characters (a comma, a joining
   * word, an adverb), the first maybe part of a longer one ({@code persen,}): four runs back is always far enough.
   */
  private static final int COORDINATION_TOKENS = 4;

  /** The longest quote, in characters, unless told otherwise; the longest quote of the gold sets has 373. */
  public static final int DEFAULT_MAX_QUOTE_LENGTH = 3_000;

  private final QuoteLexicons lexicons;
  private final int maxQuoteLength;

  /** An attributor with the bundled lexicons and {@link #DEFAULT_MAX_QUOTE_LENGTH}. */
  public QuoteAttributor() {
    this(DEFAULT_MAX_QUOTE_LENGTH);
  }

  /**
   * An attributor whose statements longer than {@code maxQuoteLength} characters are set aside as {@link TooLong}
   * spans instead of quotes. Their text is never copied: a sentence that never ends, read as one statement per
   * cue, would otherwise copy its length once for every cue in it.
   */
  public QuoteAttributor(int maxQuoteLength) {
    if (maxQuoteLength <= 0) {
      throw new IllegalArgumentException("the longest quote must be positive, not " + maxQuoteLength);
    }
    this.lexicons = QuoteLexicons.bundled();
    this.maxQuoteLength = maxQuoteLength;
  }

  /** What one document holds: its quotes, and the statements found over the length limit. */
  public record Attribution(List<Quote> quotes, List<TooLong> tooLong) {}

  /** A statement over the length limit: where it is, the type it would have had, and its first characters. */
  public record TooLong(int start, int end, QuoteType type, String head) {
    public int length() {
      return end - start;
    }
  }

  public List<Quote> attribute(Document document) {
    return read(document).quotes();
  }

  /** The quotes of one document and the statements over the length limit, both in text order. */
  public Attribution read(Document document) {
    Reading reading = new Reading(document, lexicons, maxQuoteLength);
    return new Attribution(reading.run(), reading.tooLong);
  }

  /** One pass over one document. */
  private static final class Reading {
    private final Document doc;
    private final String text;
    private final QuoteLexicons lexicons;
    private final SpeakerFinder speakers;
    private final List<Sentence> sentences;
    private final List<Quote> quotes = new ArrayList<>();
    private final int maxQuoteLength;
    /** Statements over {@link #maxQuoteLength}, by span: found and remembered like any other, but not copied. */
    private final List<TooLong> tooLong = new ArrayList<>();
    private final java.util.Set<String> tooLongSpans = new java.util.HashSet<>();
    /** The quotes found so far as intervals, for overlap and containment questions. */
    private final QuoteIntervals found = new QuoteIntervals();
    /** Where the text's commas and quotation marks are, in order. */
    private final int[] commas;
    private final int[] marks;
    /** Quote spans of the whole document, by paragraph order. */
    private final List<QuoteSpan> spans = new ArrayList<>();
    /** Open quotes of earlier paragraphs still waiting for a speaker (multi-paragraph quotes). */
    private final List<QuoteSpan> waiting = new ArrayList<>();
    /** Speaker announced before a quote mark, and the offset of that mark. */
    private SpeakerFinder.Found intro;
    private int introMark = -1;
    private String introCue;
    /** Where the last cue-after attribution ended, and whose it was, for {@code "...," kata X, "..."}. */
    private int lastAttributionEnd = -1;
    private SpeakerRef lastAttributionSpeaker;
    /** Paragraph index of the last quote, for continuation paragraphs. */
    private int lastQuoteParagraph = -10;
    /** The last indirect statement: subject, and where its content ended, for coordinated verbs. */
    private SpeakerRef lastIndirectSpeaker;
    /** The content span of the last indirect statement and its speaker's name. */
    private int lastContentStart = -1;
    private int lastContentEnd = -1;
    private String lastContentSpeaker;
    private int lastIndirectVerbEnd = -1;

    Reading(Document doc, QuoteLexicons lexicons, int maxQuoteLength) {
      this.doc = doc;
      this.maxQuoteLength = maxQuoteLength;
      this.text = doc.getText();
      this.lexicons = lexicons;
      this.sentences = doc.getSentences();
      this.speakers = new SpeakerFinder(text, new EntityIndex(text, doc.getEntities()), lexicons);
      // String.indexOf rather than a loop over chars: this was a tenth of the quote core.
      this.commas = Offsets.of(text, ',');
      this.marks = Offsets.ofAny(text, QuoteMarks.MARKS);
    }

    List<Quote> run() {
      id.kutip.common.Paragraphs.forEach(text, this::readParagraph);
      settleWaiting(null, "continuation");
      quotes.sort(Comparator.comparingInt(Quote::getStart).thenComparingInt(Quote::getEnd)
          .thenComparing(q -> q.getType().name()));
      return dedupe(quotes);
    }

    private void readParagraph(int paragraph, int from, int to) {
      List<QuoteSpan> here = QuoteMarks.find(text, from, to);
      spans.addAll(here);
      boolean opensWithQuote = !here.isEmpty() && here.get(0).open() == skipSpaces(from);
      if (!waiting.isEmpty() && !opensWithQuote) {
        settleWaiting(null, "continuation");
      }
      // Events in text order: quote spans, and verbs of saying outside them.
      List<int[]> events = new ArrayList<>(); // {offset, kind, index}
      for (int i = 0; i < here.size(); i++) {
        events.add(new int[] {here.get(i).open(), 0, i});
      }
      Words words = new Words(text, from, to);
      while (words.find()) {
        if (inside(here, words.start())) {
          continue;
        }
        String word = words.group();
        int kinds = lexicons.paragraphCues().of(word.toLowerCase(Locale.ROOT));
        if (kinds == 0) {
          continue;
        }
        if ((kinds & ParagraphCues.BEFORE) != 0) {
          events.add(new int[] {words.start(), 1, words.end()});
        } else if ((kinds & ParagraphCues.MENURUT) != 0) {
          events.add(new int[] {words.start(), 2, words.end()});
        } else if ((kinds & ParagraphCues.AFTER) != 0 && !afterClosingMark(words.start(), from)) {
          events.add(new int[] {words.start(), 3, words.end()});
        } else if ((kinds & ParagraphCues.PASSIVE) != 0) {
          events.add(new int[] {words.start(), 4, words.end()});
        }
      }
      for (int i = sentences.isEmpty() ? 0 : sentenceIndex(from); i < sentences.size(); i++) {
        Sentence sentence = sentences.get(i);
        if (sentence.getStart() >= to) {
          break;
        }
        if (sentence.getStart() >= from) {
          events.add(new int[] {sentence.getStart(), -1, sentence.getEnd()});
        }
      }
      events.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
      for (int[] event : events) {
        switch (event[1]) {
          case -1 -> {
            if (!inside(here, event[0]) && !QuoteMarks.isMark(text.charAt(event[0]))) {
              speakers.sentenceStarts(event[0], event[2]); // sentences inside a quote name no subject
            }
          }
          case 0 -> directQuote(here.get(event[2]), paragraph, from, to);
          case 1 -> verbOfSaying(event[0], event[2], paragraph, from);
          case 2 -> menurut(event[0], event[2], from);
          case 3 -> cueWithoutQuote(event[0], event[2], paragraph, from);
          default -> passive(event[0], event[2], paragraph, from);
        }
      }
    }

    // ---- direct quotes ------------------------------------------------------------------------------------

    private void directQuote(QuoteSpan span, int paragraph, int paragraphStart, int paragraphEnd) {
      if (span.closed()) {
        Words cue = new Words(text, span.close() + 1, Math.min(paragraphEnd, span.close() + 6 + 20));
        int gapEnd = skip(span.close() + 1, paragraphEnd, " ,.");
        if (gapEnd - span.close() <= 4 && cue.find() && cue.start() == gapEnd) {
          String word = cue.group();
          String base = lexicons.cues().afterCue(word);
          if (base != null) {
            SpeakerFinder.Found found = word.length() > base.length()
                ? speakers.pronounCue(cue.start(), cue.end())
                : speakers.at(cue.end());
            if (found == null) {
              found = new SpeakerFinder.Found(SpeakerRef.UNKNOWN, cue.end());
            }
            String rule = word.length() > base.length() ? "direct-cue-after-pronoun" : "direct-cue-after";
            emit(span, QuoteType.DIRECT, found.speaker(), word, rule, paragraph);
            settleWaiting(found.speaker(), "direct-multi-paragraph");
            lastAttributionEnd = found.end();
            lastAttributionSpeaker = found.speaker();
            return;
          }
        }
      }
      if (span.closed()) {
        // `"...," ia menerangkan` / `"...," Blinken menambahkan.`: a speaker, then a verb of saying.
        int gapEnd = skip(span.close() + 1, paragraphEnd, " ,");
        if (gapEnd - span.close() <= 3 && gapEnd < paragraphEnd) {
          SpeakerFinder.Found who = speakers.at(gapEnd);
          if (who != null && who.speaker().kind() != SpeakerKind.UNKNOWN) {
            int[] verb = nextWordSkippingAdverbs(who.end(), paragraphEnd);
            if (verb != null && text.substring(who.end(), verb[0]).indexOf(',') < 0
                && lexicons.cues().isBeforeCue(text.substring(verb[0], verb[1]))) {
              emit(span, QuoteType.DIRECT, who.speaker(), text.substring(verb[0], verb[1]), "direct-subject-verb-after",
                  paragraph);
              settleWaiting(who.speaker(), "direct-multi-paragraph");
              lastAttributionEnd = verb[1];
              lastAttributionSpeaker = who.speaker();
              return;
            }
          }
        }
      }
      if (intro != null && span.open() == introMark) {
        emit(span, QuoteType.DIRECT, intro.speaker(), introCue, "direct-cue-before", paragraph);
        if (!span.closed()) {
          lastAttributionSpeaker = intro.speaker();
        }
        intro = null;
        return;
      }
      if (lastAttributionSpeaker != null && lastAttributionEnd >= paragraphStart && lastAttributionEnd <= span.open()
          && onlyJoins(lastAttributionEnd, span.open())) {
        emit(span, QuoteType.DIRECT, lastAttributionSpeaker, null, "direct-cue-middle", paragraph);
        return;
      }
      SpeakerFinder.Found colon = colonIntro(span, paragraphStart);
      if (colon != null) {
        emit(span, QuoteType.DIRECT, colon.speaker(), ":", "direct-colon", paragraph);
        return;
      }
      boolean wholeParagraph = span.open() == skipSpaces(paragraphStart)
          && skip(span.close() + (span.closed() ? 1 : 0), paragraphEnd, " .,!?") >= paragraphEnd;
      if (wholeParagraph) {
        if (!span.closed()) {
          waiting.add(span);
          lastQuoteParagraph = paragraph;
          return;
        }
        if (speakers.lastSpeaker() != null && paragraph - lastQuoteParagraph <= 2) {
          SpeakerRef last = speakers.lastSpeaker();
          emit(span, QuoteType.DIRECT, last.mentionedAs(null, -1, -1, 0.6f), null, "direct-continuation", paragraph);
        }
      }
      // Otherwise: a scare quote or a quoted fragment of indirect speech, handled with the verb.
    }

    /** {@code Blinken: "..."}: a speaker phrase right before a colon right before the mark. */
    private SpeakerFinder.Found colonIntro(QuoteSpan span, int paragraphStart) {
      int p = span.open();
      while (p > paragraphStart && text.charAt(p - 1) == ' ') {
        p--;
      }
      if (p <= paragraphStart || text.charAt(p - 1) != ':') {
        return null;
      }
      int clauseStart = clauseStart(paragraphStart, p - 1);
      SpeakerFinder.Found found = speakers.before(clauseStart, p - 1);
      return found != null && found.speaker().kind() != SpeakerKind.UNKNOWN ? found : null;
    }

    private void settleWaiting(SpeakerRef speaker, String rule) {
      for (QuoteSpan span : waiting) {
        SpeakerRef who = speaker != null ? speaker : speakers.lastSpeaker();
        if (who != null) {
          emit(span, QuoteType.DIRECT, who.mentionedAs(null, -1, -1, 0.6f), null,
              speaker != null ? rule : "direct-continuation", paragraphOf(span.start()));
        }
      }
      waiting.clear();
    }

    // ---- indirect speech ----------------------------------------------------------------------------------

    /**
     * Who says it, for a verb of saying at {@code verbStart}, in order: the subject of a coordinated verb
     * ({@code menuduh ... dan mengatakan}); the subject in the verb's own clause; a name set off by commas
     * ({@code Kepala Dishub Manado, Jeffry Worang, menegaskan}); for a clause of nothing but connectives
     * ({@code ..., sambil menambahkan}, {@code Rusia, yang menyebut}, {@code ..., setelah menuduh}) the speaker of
     * the quote just attributed in the sentence, else the sentence's own subject.
     */
    private SpeakerFinder.Found subjectOf(int verbStart, int paragraphStart) {
      int sentenceStart = Math.max(paragraphStart, sentenceStart(verbStart));
      int clauseStart = clauseStart(paragraphStart, verbStart);
      boolean onlyConnectives = speakers.skipConnectives(skip(clauseStart, verbStart, " "), verbStart) >= verbStart;
      if (lastIndirectSpeaker != null && lastIndirectVerbEnd >= sentenceStart && lastIndirectVerbEnd < verbStart
          && (onlyConnectives || isCoordination(clauseStart, verbStart))) {
        return new SpeakerFinder.Found(lastIndirectSpeaker, verbStart);
      }
      if (!onlyConnectives) {
        return speakers.before(clauseStart, verbStart);
      }
      if (clauseStart > sentenceStart && text.charAt(clauseStart - 1) == ',') {
        int previousComma = lastCommaAtOrBefore(clauseStart - 2);
        int segmentStart = previousComma >= sentenceStart ? previousComma + 1 : sentenceStart;
        SpeakerFinder.Found named = speakers.wholeSegment(segmentStart, clauseStart - 1,
            previousComma >= sentenceStart ? sentenceStart : -1);
        if (named != null) {
          return named;
        }
      }
      if (lastAttributionSpeaker != null && lastAttributionEnd >= sentenceStart && lastAttributionEnd <= verbStart) {
        return new SpeakerFinder.Found(lastAttributionSpeaker, verbStart);
      }
      int subjectStart = speakers.skipConnectives(sentenceStart, verbStart);
      if (subjectStart >= clauseStart) {
        return null;
      }
      SpeakerFinder.Found initial = speakers.at(subjectStart);
      return initial != null && initial.end() < clauseStart ? initial : null;
    }

    private void verbOfSaying(int verbStart, int verbEnd, int paragraph, int paragraphStart) {
      String previous = previousWord(verbStart, paragraphStart);
      if (previous != null && lexicons.negations().contains(previous.toLowerCase(Locale.ROOT))) {
        return;
      }
      String verb = text.substring(verbStart, verbEnd);
      int sentenceEnd = sentenceEnd(verbStart);
      SpeakerFinder.Found subject = subjectOf(verbStart, paragraphStart);
      if (subject == null || subject.speaker().kind() == SpeakerKind.UNKNOWN) {
        return;
      }
      // `Menurut Blinken, dirinya juga mendesak ...`: a verb inside a statement already attributed to the same
      // speaker is part of that statement, not a new one. A different speaker is a relay: a record of its own.
      // An unnamed group inside someone's statement (`katanya, warga meminta ...`) is what the statement says,
      // not a second speaker.
      boolean nested = verbStart >= lastContentStart && verbStart < lastContentEnd && lastContentSpeaker != null;
      if (nested && (java.util.Objects.equals(lastContentSpeaker, subject.speaker().name())
          || subject.speaker().kind() == SpeakerKind.ANONYMOUS)) {
        return;
      }
      // `X mengatakan, "..."`: the verb announces a direct quote.
      int afterVerb = skip(verbEnd, sentenceEnd, " ,:");
      if (afterVerb < text.length() && QuoteMarks.isMark(text.charAt(afterVerb))) {
        intro = subject;
        introMark = afterVerb;
        introCue = verb;
        speakers.spoke(subject.speaker());
        return;
      }
      int contentStart = afterVerb;
      int bahwa = findWord(verbEnd, Math.min(sentenceEnd, verbEnd + 120), "bahwa");
      if (bahwa >= 0) {
        contentStart = skip(bahwa + "bahwa".length(), sentenceEnd, " ,");
      }
      int contentEnd = nextCoordinatedVerb(contentStart, sentenceEnd);
      contentEnd = trimContentEnd(contentStart, contentEnd);
      int[] first = nextWordSkippingAdverbs(contentStart, contentEnd);
      if (first != null && lexicons.contentPointers().contains(text.substring(first[0], first[1]).toLowerCase(Locale.ROOT))) {
        return; // `menyampaikan hal itu dalam rapat`: points at a statement, is not one
      }
      if (contentEnd - contentStart <= 0 || hasFewerWords(contentStart, contentEnd, MIN_INDIRECT_WORDS)) {
        return;
      }
      QuoteType type = hasMark(contentStart, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
      emit(contentStart, contentEnd, type, subject.speaker(), verb, "indirect-verb", paragraph);
      lastIndirectSpeaker = subject.speaker();
      lastIndirectVerbEnd = verbEnd;
    }

    /**
     * {@code Menurut X, ...} and {@code Menurutnya ...} (the rest of the sentence is the statement);
     * {@code ..., yang menurut X penting ...} (the rest after X); {@code ..., menurut X.} (the sentence before it,
     * when the sentence holds no direct quote: after a direct quote it is a relay).
     */
    private void menurut(int start, int end, int paragraphStart) {
      int sentenceStart = Math.max(paragraphStart, sentenceStart(start));
      int sentenceEnd = sentenceEnd(start);
      String word = text.substring(start, end);
      SpeakerFinder.Found who = word.length() > "menurut".length()
          ? speakers.pronounCue(start, end)
          : speakers.at(end);
      if (who == null || who.speaker().kind() == SpeakerKind.UNKNOWN || who.end() > sentenceEnd) {
        return; // a speaker read past the sentence's end is not the one `Menurut` names
      }

      int afterWho = skip(who.end(), sentenceEnd, " ");
      int contentStart;
      int contentEnd;
      if (speakers.skipConnectives(sentenceStart, start) >= start || endsWithYang(sentenceStart, start)) {
        contentStart = skip(afterWho, sentenceEnd, " ,");
        contentEnd = trimContentEnd(contentStart, sentenceEnd);
      } else {
        int comma = start;
        while (comma > sentenceStart && text.charAt(comma - 1) == ' ') {
          comma--;
        }
        if (comma <= sentenceStart || text.charAt(comma - 1) != ',' || hasMark(sentenceStart, sentenceEnd)
            || skip(afterWho, sentenceEnd, " .!?") < sentenceEnd) {
          return;
        }
        contentStart = speakers.skipConnectives(sentenceStart, comma);
        contentEnd = trimContentEnd(contentStart, comma - 1);
      }
      if (contentEnd <= contentStart || hasFewerWords(contentStart, contentEnd, MIN_INDIRECT_WORDS)) {
        return;
      }
      QuoteType type = hasMark(contentStart, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
      emit(contentStart, contentEnd, type, who.speaker(), word, "indirect-menurut", paragraphOf(start));
    }

    /** The first word at or after {@code from} that is not an adverb ({@code kemudian}, {@code juga}), as offsets. */
    private int[] nextWordSkippingAdverbs(int from, int to) {
      Words word = new Words(text, from, to);
      while (word.find()) {
        if (!lexicons.adverbs().contains(word.group().toLowerCase(Locale.ROOT))) {
          return new int[] {word.start(), word.end()};
        }
      }
      return null;
    }

    /** Whether the word at {@code offset} follows a closing quote mark: {@code "...," kata X} is a direct quote. */
    private boolean afterClosingMark(int offset, int paragraphStart) {
      int p = offset;
      while (p > paragraphStart && " ,.".indexOf(text.charAt(p - 1)) >= 0) {
        p--;
      }
      return p > paragraphStart && QuoteMarks.isMark(text.charAt(p - 1)) && offset - p <= 3;
    }

    /**
     * A cue word of direct quotes used without quote marks: parenthetical ({@code Bimbel ini, lanjut Jama, telah
     * berdiri ...}; {@code Pertama, katanya, warga meminta ...}) or trailing ({@code ..., kata seorang pejabat AS.}).
     * The statement is the rest of the sentence, or the sentence before the cue.
     */
    private void cueWithoutQuote(int cueStart, int cueEnd, int paragraph, int paragraphStart) {
      int sentenceStart = Math.max(paragraphStart, sentenceStart(cueStart));
      int sentenceEnd = sentenceEnd(cueStart);
      int before = cueStart;
      while (before > sentenceStart && text.charAt(before - 1) == ' ') {
        before--;
      }
      boolean afterComma = before > sentenceStart && text.charAt(before - 1) == ',';
      boolean opensSentence = before == sentenceStart;
      if (!afterComma && !opensSentence) {
        return;
      }
      String word = text.substring(cueStart, cueEnd);
      String base = lexicons.cues().afterCue(word);
      SpeakerFinder.Found who = word.length() > base.length()
          ? speakers.pronounCue(cueStart, cueEnd)
          : speakers.at(cueEnd);
      if (who == null || who.speaker().kind() == SpeakerKind.UNKNOWN) {
        return;
      }
      int after = skip(who.end(), sentenceEnd, " ");
      int contentStart;
      int contentEnd;
      if (after < sentenceEnd && text.charAt(after) == ',') {
        contentStart = skip(after + 1, sentenceEnd, " ");
        contentEnd = trimContentEnd(contentStart, sentenceEnd);
      } else if (afterComma && skip(after, sentenceEnd, " .!?") >= sentenceEnd) {
        contentStart = sentenceStart;
        contentEnd = trimContentEnd(sentenceStart, before - 1);
      } else {
        return;
      }
      if (hasFewerWords(contentStart, contentEnd, MIN_INDIRECT_WORDS) || hasDirectQuote(contentStart, contentEnd)) {
        return;
      }
      QuoteType type = hasMark(contentStart, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
      emit(contentStart, contentEnd, type, who.speaker(), word, "indirect-cue-without-quote", paragraph);
    }

    /**
     * {@code Hal itu dikatakan Menteri Luar Negeri AS Antony Blinken ...}: a passive verb of saying whose subject
     * points at the sentence before, which is the statement.
     */
    private void passive(int verbStart, int verbEnd, int paragraph, int paragraphStart) {
      int sentenceStart = sentenceStart(verbStart);
      String subject = text.substring(sentenceStart, verbStart).strip().toLowerCase(Locale.ROOT);
      if (!POINTER.matcher(subject).matches()) {
        return;
      }
      int by = skip(verbEnd, text.length(), " ");
      int[] next = nextWordSkippingAdverbs(by, sentenceEnd(verbStart));
      while (next != null && (text.substring(next[0], next[1]).equalsIgnoreCase("oleh")
          || text.substring(next[0], next[1]).equalsIgnoreCase("langsung"))) {
        next = nextWordSkippingAdverbs(next[1], sentenceEnd(verbStart));
      }
      if (next == null) {
        return;
      }
      SpeakerFinder.Found who = speakers.at(next[0]);
      int index = sentenceIndex(verbStart);
      if (who == null || who.speaker().kind() == SpeakerKind.UNKNOWN || index == 0) {
        return;
      }
      Sentence previous = sentences.get(index - 1);
      int contentStart = previous.getStart();
      int contentEnd = trimContentEnd(contentStart, previous.getEnd());
      if (found.overlaps(contentStart, contentEnd)) {
        return; // already a statement, attributed where it stands
      }
      if (hasDirectQuote(contentStart, contentEnd) || hasFewerWords(contentStart, contentEnd, MIN_INDIRECT_WORDS)) {
        return;
      }
      QuoteType type = hasMark(contentStart, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
      emit(contentStart, contentEnd, type, who.speaker(), text.substring(verbStart, verbEnd), "indirect-passive",
          paragraph);
    }

    /** Whether [start, end) holds a whole quote that is a direct quote record already. */
    private boolean hasDirectQuote(int start, int end) {
      return found.holdsDirect(start, end);
    }

    // ---- records ------------------------------------------------------------------------------------------

    private void emit(QuoteSpan span, QuoteType type, SpeakerRef speaker, String cue, String rule, int paragraph) {
      emit(span.start(), span.end(), type, speaker, cue, rule, paragraph);
      lastQuoteParagraph = paragraph;
    }

    private void emit(int start, int end, QuoteType type, SpeakerRef speaker, String cue, String rule, int paragraph) {
      speakers.spoke(speaker);
      if (type != QuoteType.DIRECT) {
        lastContentStart = start;
        lastContentEnd = end;
        lastContentSpeaker = speaker.name();
      }
      found.add(start, end, type == QuoteType.DIRECT);
      if (end - start > maxQuoteLength) {
        if (tooLongSpans.add(start + ":" + end + ":" + type)) {
          tooLong.add(new TooLong(start, end, type, text.substring(start, start + Math.min(end - start, HEAD_CHARS))));
        }
        return;
      }
      quotes.add(Quote.newBuilder()
          .setQuoteId(QuoteIds.of(doc.getDocId(), start, end, type.name()))
          .setDocId(doc.getDocId())
          .setSourceUri(doc.getSourceUri())
          .setText(text.substring(start, end))
          .setType(type)
          .setStart(start)
          .setEnd(end)
          .setSpeaker(speaker.toRecord())
          .setCue(cue)
          .setSentenceIndex(sentenceIndex(start))
          .setRule(rule)
          .setConfidence(speaker.kind() == SpeakerKind.UNKNOWN ? 0.1f : speaker.confidence())
          .setOutlet(doc.getOutlet())
          .setPublishedAt(doc.getPublishedAt())
          .setVia(relay(start, end))
          .build());
    }

    /**
     * One record per span and type (a span reached by two rules keeps the first), and one per statement: the
     * same words said again in one document (dumps that repeat paragraphs) are not a second statement.
     */
    private static List<Quote> dedupe(List<Quote> sorted) {
      List<Quote> out = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      java.util.Set<String> said = new java.util.HashSet<>();
      for (Quote q : sorted) {
        String statement = q.getType() + "|" + q.getText().strip().toLowerCase(Locale.ROOT);
        if (seen.add(q.getQuoteId()) && said.add(statement)) {
          out.add(q);
        }
      }
      return out;
    }

    /**
     * The outlet that passed the statement on, from the quote's sentences outside the quote itself: {@code seperti
     * dikutip dari BBC}, {@code kata X kepada Reuters}, {@code lapor kantor berita Rusia}.
     */
    private String relay(int start, int end) {
      int from = sentenceStart(start);
      int to = Math.min(text.length(), sentenceEnd(Math.max(start, end - 1)));
      // Near the quote only, cut at a space: a sentence that never ends must not be read again for every quote.
      if (start - from > RELAY_WINDOW) {
        from = Math.min(start, spaceAtOrAfter(start - RELAY_WINDOW));
      }
      if (to - end > RELAY_WINDOW) {
        to = Math.max(end, text.lastIndexOf(' ', end + RELAY_WINDOW));
      }
      String outside = text.substring(from, start) + " \u0000 " + text.substring(Math.min(end, to), to);
      String lowerCased = outside.toLowerCase(Locale.ROOT);
      for (Relay relay : lexicons.relays()) {
        if (!relay.mayMatch(lowerCased)) {
          continue;
        }
        Matcher m = relay.pattern().matcher(outside);
        if (m.find()) {
          String via = m.group(1).strip().replaceAll("[.,;:]+$", "");
          return via.isEmpty() ? null : via;
        }
      }
      return null;
    }

    // ---- text helpers -------------------------------------------------------------------------------------

    private int spaceAtOrAfter(int from) {
      int space = text.indexOf(' ', from);
      return space < 0 ? text.length() : space;
    }

    /** Whether [from, to), less its whitespace, ends with the word {@code yang}, in any case. */
    private boolean endsWithYang(int from, int to) {
      int e = to;
      while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - 4 < from) {
        return false;
      }
      for (int k = 0; k < 4; k++) {
        if (Character.toLowerCase(text.charAt(e - 4 + k)) != "yang".charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private int trimContentEnd(int start, int end) {
      int e = end;
      // A trailing relay has no comma after its own: only the content's last comma can start one.
      int comma = lastCommaAtOrBefore(e - 1);
      if (comma >= start && TRAILING_RELAY.matcher(text).region(comma, e).lookingAt()) {
        e = comma;
      }
      while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      return e;
    }

    /** Where the next coordinated verb of saying ({@code ... dan mengatakan ...}) starts, or {@code end}. */
    private int nextCoordinatedVerb(int from, int end) {
      Words words = new Words(text, from, end);
      while (words.find()) {
        if (lexicons.cues().isBeforeCue(words.group())) {
          // The joining words can only be among the last few words before the verb: look there, not at all of
          // [from, verb), which grows with every verb of a sentence that never ends.
          Matcher coordination = COORDINATION_AT_END.matcher(text)
              .region(startOfLastTokens(from, words.start(), COORDINATION_TOKENS), words.start());
          if (coordination.find()) {
            return coordination.start();
          }
        }
      }
      return end;
    }

    /**
     * Where the last {@code count} runs of non-space characters of [from, end) start, with the spaces before them;
     * {@code from} if there are fewer.
     */
    private int startOfLastTokens(int from, int end, int count) {
      int p = end;
      for (int token = 0; token < count && p > from; token++) {
        while (p > from && isRegexSpace(text.charAt(p - 1))) {
          p--;
        }
        while (p > from && !isRegexSpace(text.charAt(p - 1))) {
          p--;
        }
      }
      while (p > from && isRegexSpace(text.charAt(p - 1))) {
        p--;
      }
      return p;
    }

    /**
     * Whether [from, to) ends with a word that joins two verbs of saying ({@code ..., lalu}, {@code ... dan}), or
     * holds nothing but a comma: from its end, whatever its length.
     */
    private boolean isCoordination(int from, int to) {
      int end = to;
      while (end > from && isRegexSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end == from || text.charAt(end - 1) == ',' && skipBack(end - 1, from) == from) {
        return true;
      }
      for (String word : COORDINATING_WORDS) {
        int start = end - word.length();
        if (start >= from && text.startsWith(word, start)
            && (start == from || isRegexSpace(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether [from, to) is nothing but spaces, commas and semicolons around at most one {@code lalu},
     * {@code kemudian} or {@code dan}: read from its start, so a long gap costs no more than its first word.
     */
    private boolean onlyJoins(int from, int to) {
      int p = skipJoinMarks(from, to);
      for (String word : List.of("lalu", "kemudian", "dan")) {
        if (p + word.length() <= to && text.startsWith(word, p)) {
          p += word.length();
          break;
        }
      }
      return skipJoinMarks(p, to) == to;
    }

    private int skipJoinMarks(int from, int to) {
      int p = from;
      while (p < to && (isRegexSpace(text.charAt(p)) || text.charAt(p) == ',' || text.charAt(p) == ';')) {
        p++;
      }
      return p;
    }

    /** Where the whitespace before {@code end} starts, not before {@code from}. */
    private int skipBack(int end, int from) {
      int p = end;
      while (p > from && isRegexSpace(text.charAt(p - 1))) {
        p--;
      }
      return p;
    }

    /** A character of the regex class {@code \\s}. */
    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The last comma at or before {@code offset}, or -1: {@code text.lastIndexOf(',', offset)} by binary search. */
    private int lastCommaAtOrBefore(int offset) {
      int below = SortedInts.countBelow(commas, offset + 1);
      return below == 0 ? -1 : commas[below - 1];
    }

    /** Where the chars {@code wanted} are in the text, in order. */
    private int clauseStart(int paragraphStart, int offset) {
      int sentenceStart = Math.max(paragraphStart, sentenceStart(offset));
      int comma = lastCommaAtOrBefore(offset - 1);
      if (comma >= sentenceStart && !inside(spans, comma)) {
        return comma + 1;
      }
      return sentenceStart;
    }

    /** The last sentence that starts at or before {@code offset}; the first if none does. */
    private int sentenceIndex(int offset) {
      return Math.max(0, SortedInts.countBelow(sentences.size(), i -> sentences.get(i).getStart(), offset + 1) - 1);
    }

    private int sentenceStart(int offset) {
      return sentences.isEmpty() ? 0 : Math.min(offset, sentences.get(sentenceIndex(offset)).getStart());
    }

    private int sentenceEnd(int offset) {
      if (sentences.isEmpty()) {
        return text.length();
      }
      int end = sentences.get(sentenceIndex(offset)).getEnd();
      return Math.max(end, offset);
    }

    private int paragraphOf(int offset) {
      return sentences.isEmpty() ? 0 : sentences.get(sentenceIndex(offset)).getParagraph();
    }

    /**
     * Whether {@code offset} is inside one of {@code spans} (in text order, none overlapping): only the last span
     * that opens before it can hold it, found by binary search, so a paragraph of thousands of quotes costs a
     * logarithm per word, not a scan.
     */
    private static boolean inside(List<QuoteSpan> spans, int offset) {
      int before = SortedInts.countBelow(spans.size(), i -> spans.get(i).open(), offset);
      return before > 0 && offset < spans.get(before - 1).close();
    }

    /** Whether [start, end) holds a quotation mark: by binary search over where the marks are. */
    private boolean hasMark(int start, int end) {
      int first = SortedInts.countBelow(marks, start);
      return first < marks.length && marks[first] < end;
    }

    private int findWord(int from, int to, String word) {
      Words words = new Words(text, from, Math.min(to, text.length()));
      while (words.find()) {
        if (words.group().equalsIgnoreCase(word)) {
          return words.start();
        }
        if (lexicons.cues().isBeforeCue(words.group())) {
          return -1;
        }
      }
      return -1;
    }

    private String previousWord(int offset, int limit) {
      int e = offset;
      while (e > limit && text.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > limit && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      return s < e ? text.substring(s, e) : null;
    }

    /** Whether [start, end) holds fewer than {@code min} words: read only as far as the {@code min}th. */
    private boolean hasFewerWords(int start, int end, int min) {
      int n = 0;
      Words words = new Words(text, start, end);
      while (n < min && words.find()) {
        n++;
      }
      return n < min;
    }

    private int skip(int from, int to, String chars) {
      int p = from;
      while (p < to && p < text.length() && chars.indexOf(text.charAt(p)) >= 0) {
        p++;
      }
      return p;
    }

    private int skipSpaces(int from) {
      return skip(from, text.length(), " ");
    }
  }
}
