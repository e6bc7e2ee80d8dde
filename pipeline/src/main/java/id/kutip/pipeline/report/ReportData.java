package id.kutip.pipeline.report;

import id.kutip.pipeline.inspect.AvroFolder;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;

/**
 * What the run report shows, gathered from the records a run wrote (streamed, one record at a time; only the
 * quotes table keeps rows, at most {@link #MAX_TABLE_ROWS}).
 */
public final class ReportData {
  public static final int MAX_TABLE_ROWS = 5000;
  static final String UNKNOWN = "(unknown)";

  long documents;
  /** Null when Document has no {@code duplicate_of} field. */
  Long duplicates;
  long quotes;
  long deadLetters;
  final Map<String, Long> documentsPerOutlet = new TreeMap<>();
  final Map<String, Long> quotesByType = new TreeMap<>();
  final Map<String, Long> quotesPerOutlet = new TreeMap<>();
  final Map<String, Long> quotesPerDay = new TreeMap<>();
  final Map<String, Long> deadLettersByStage = new TreeMap<>();
  /** stage → reason → count. */
  final Map<String, Map<String, Long>> deadLettersByStageAndReason = new TreeMap<>();
  final Map<String, SpeakerStats> speakers = new HashMap<>();
  final List<QuoteRow> rows = new ArrayList<>();
  /** The run's Beam counters ({@code Stage.counter} → value); empty when the report is made from records only. */
  final Map<String, Long> counters = new LinkedHashMap<>();

  /** A speaker's quotes, and the roles and outlets seen with them. */
  static final class SpeakerStats {
    final String name;
    long quotes;
    final Map<String, Long> roles = new TreeMap<>();
    final Map<String, Long> outlets = new TreeMap<>();

    SpeakerStats(String name) {
      this.name = name;
    }
  }

  /** One row of the quotes table. */
  record QuoteRow(String speaker, String role, String type, String text, String cue, String docId, float confidence,
      String outlet, String day, int start) {}

  public long documents() {
    return documents;
  }

  public long quotes() {
    return quotes;
  }

  public long deadLetters() {
    return deadLetters;
  }

  public Map<String, Long> quotesByType() {
    return quotesByType;
  }

  /** Speakers by number of quotes, most first, then by name. */
  public List<SpeakerStats> topSpeakers(int n) {
    return speakers.values().stream()
        .sorted(Comparator.comparingLong((SpeakerStats s) -> -s.quotes).thenComparing(s -> s.name))
        .limit(n).toList();
  }

  /** Reads {@code output}/documents, quotes and dead-letter; a missing folder counts as empty. */
  public static ReportData read(String output, Map<String, Long> counters) throws IOException {
    ReportData data = new ReportData();
    data.counters.putAll(counters);
    String base = output.replaceAll("/+$", "");
    AvroFolder documents = openOrNull(base + "/documents");
    if (documents != null) {
      boolean[] hasDuplicateOf = {false};
      var schema = documents.schema();
      if (schema != null && schema.getField("duplicate_of") != null) {
        hasDuplicateOf[0] = true;
        data.duplicates = 0L;
      }
      documents.forEach(r -> {
        data.documents++;
        inc(data.documentsPerOutlet, orUnknown(r.get("outlet")));
        if (hasDuplicateOf[0] && r.get("duplicate_of") != null) {
          data.duplicates++;
        }
        return true;
      });
    }
    AvroFolder quotes = openOrNull(base + "/quotes");
    if (quotes != null) {
      quotes.forEach(r -> {
        data.addQuote(r);
        return true;
      });
    }
    data.rows.sort(Comparator.comparing(QuoteRow::docId).thenComparingInt(QuoteRow::start));
    AvroFolder dead = openOrNull(base + "/dead-letter");
    if (dead != null) {
      dead.forEach(r -> {
        data.deadLetters++;
        String stage = orUnknown(r.get("stage"));
        inc(data.deadLettersByStage, stage);
        inc(data.deadLettersByStageAndReason.computeIfAbsent(stage, s -> new TreeMap<>()), orUnknown(r.get("reason")));
        return true;
      });
    }
    return data;
  }

  private void addQuote(GenericRecord r) {
    quotes++;
    String type = orUnknown(r.get("type"));
    String outlet = orUnknown(r.get("outlet"));
    Object published = r.get("published_at");
    String day = published instanceof Long millis
        ? Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toString() : UNKNOWN;
    inc(quotesByType, type);
    inc(quotesPerOutlet, outlet);
    inc(quotesPerDay, day);
    GenericRecord speaker = (GenericRecord) r.get("speaker");
    String name = speaker == null || speaker.get("name") == null ? null : speaker.get("name").toString();
    String role = speaker == null || speaker.get("role") == null ? "" : speaker.get("role").toString();
    if (name != null) {
      SpeakerStats stats = speakers.computeIfAbsent(name, SpeakerStats::new);
      stats.quotes++;
      if (!role.isEmpty()) {
        inc(stats.roles, role);
      }
      inc(stats.outlets, outlet);
    }
    if (rows.size() < MAX_TABLE_ROWS) {
      String shownName = name != null ? name
          : speaker == null ? UNKNOWN : "(" + speaker.get("kind").toString().toLowerCase(java.util.Locale.ROOT) + ")";
      rows.add(new QuoteRow(shownName, role, type, r.get("text").toString(),
          r.get("cue") == null ? "" : r.get("cue").toString(), r.get("doc_id").toString(),
          ((Number) r.get("confidence")).floatValue(), outlet, day, ((Number) r.get("start")).intValue()));
    }
  }

  private static AvroFolder openOrNull(String folder) {
    try {
      return AvroFolder.open(folder);
    } catch (IOException e) {
      return null;
    }
  }

  static String orUnknown(Object value) {
    return value == null || value.toString().isEmpty() ? UNKNOWN : value.toString();
  }

  static void inc(Map<String, Long> map, String key) {
    map.merge(key, 1L, Long::sum);
  }
}
