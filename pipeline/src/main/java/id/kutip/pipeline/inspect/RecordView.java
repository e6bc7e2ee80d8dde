package id.kutip.pipeline.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/** How one record type is filtered and shown as a table row; chosen by the schema's record name. */
abstract class RecordView {
  static final int TEXT_WIDTH = 70;

  abstract String name();

  abstract String[] header();

  abstract String[] row(GenericRecord r);

  /** The first filter of the request this record type has no field for, as the option name; null if all apply. */
  String unsupportedFilter(Inspect.Request q) {
    Schema s = schema;
    if (q.speaker() != null && s.getField("speaker") == null) {
      return "--speaker";
    }
    if (q.doc() != null && s.getField("doc_id") == null) {
      return "--doc";
    }
    if (q.type() != null && s.getField("type") == null) {
      return "--type";
    }
    if (q.stage() != null && s.getField("stage") == null) {
      return "--stage";
    }
    if (q.reason() != null && s.getField("reason") == null) {
      return "--reason";
    }
    return null;
  }

  boolean matches(GenericRecord r, Inspect.Request q) {
    if (q.doc() != null && !q.doc().equals(str(r.get("doc_id")))) {
      return false;
    }
    if (q.type() != null && !q.type().equals(str(r.get("type")))) {
      return false;
    }
    if (q.stage() != null && !q.stage().equalsIgnoreCase(str(r.get("stage")))) {
      return false;
    }
    if (q.reason() != null && !q.reason().equalsIgnoreCase(str(r.get("reason")))) {
      return false;
    }
    if (q.speaker() != null) {
      GenericRecord speaker = (GenericRecord) r.get("speaker");
      String wanted = q.speaker().toLowerCase(Locale.ROOT);
      String name = speaker == null ? "" : str(speaker.get("name")).toLowerCase(Locale.ROOT);
      String mention = speaker == null ? "" : str(speaker.get("mention")).toLowerCase(Locale.ROOT);
      return name.contains(wanted) || mention.contains(wanted);
    }
    return true;
  }

  Schema schema;

  static RecordView of(Schema schema) {
    RecordView view = switch (schema.getName()) {
      case "Quote" -> new QuoteView();
      case "Document" -> new DocumentView();
      case "DeadLetter" -> new DeadLetterView();
      default -> new GenericView(schema);
    };
    view.schema = schema;
    return view;
  }

  static String str(Object value) {
    return value == null ? "" : value.toString();
  }

  /** One line, at most {@code width} characters, an ellipsis when cut. */
  static String shorten(Object value, int width) {
    String s = str(value).replaceAll("\\s+", " ").strip();
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  static String date(Object millis) {
    return millis instanceof Long l ? java.time.Instant.ofEpochMilli(l).toString() : str(millis);
  }

  static final class QuoteView extends RecordView {
    @Override
    String name() {
      return "Quote";
    }

    @Override
    String[] header() {
      return new String[] {"speaker", "role", "type", "cue", "conf", "doc_id", "text"};
    }

    @Override
    String[] row(GenericRecord r) {
      GenericRecord speaker = (GenericRecord) r.get("speaker");
      String name = speaker == null ? "" : str(speaker.get("name"));
      if (name.isEmpty() && speaker != null) {
        name = "(" + str(speaker.get("kind")).toLowerCase(Locale.ROOT) + ")";
      }
      return new String[] {
        shorten(name, 28), speaker == null ? "" : shorten(speaker.get("role"), 24), str(r.get("type")),
        str(r.get("cue")), String.format(Locale.ROOT, "%.2f", ((Number) r.get("confidence")).doubleValue()),
        shorten(r.get("doc_id"), 24), shorten(r.get("text"), TEXT_WIDTH)
      };
    }
  }

  static final class DocumentView extends RecordView {
    @Override
    String name() {
      return "Document";
    }

    @Override
    String[] header() {
      return new String[] {"doc_id", "outlet", "published_at", "sentences", "entities", "title"};
    }

    @Override
    String[] row(GenericRecord r) {
      return new String[] {
        shorten(r.get("doc_id"), 32), shorten(r.get("outlet"), 20), date(r.get("published_at")),
        Integer.toString(size(r.get("sentences"))), Integer.toString(size(r.get("entities"))),
        shorten(r.get("title"), TEXT_WIDTH)
      };
    }

    private static int size(Object list) {
      return list instanceof List<?> l ? l.size() : 0;
    }
  }

  static final class DeadLetterView extends RecordView {
    @Override
    String name() {
      return "DeadLetter";
    }

    @Override
    String[] header() {
      return new String[] {"stage", "reason", "source_uri", "bytes", "error"};
    }

    @Override
    String[] row(GenericRecord r) {
      return new String[] {
        str(r.get("stage")), str(r.get("reason")), shorten(r.get("source_uri"), 60), str(r.get("payload_bytes")),
        shorten(r.get("error"), TEXT_WIDTH)
      };
    }
  }

  /** Any other record: its top-level fields, each shortened. */
  static final class GenericView extends RecordView {
    private final List<String> fields = new ArrayList<>();
    private final String name;

    GenericView(Schema schema) {
      this.name = schema.getName();
      schema.getFields().forEach(f -> fields.add(f.name()));
    }

    @Override
    String name() {
      return name;
    }

    @Override
    String[] header() {
      return fields.toArray(String[]::new);
    }

    @Override
    String[] row(GenericRecord r) {
      return fields.stream().map(f -> shorten(r.get(f), 30)).toArray(String[]::new);
    }
  }
}
