package id.kutip.pipeline.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code kutip.jar inspect DIR/quotes [--speaker=NAME] [--doc=ID] [--type=DIRECT] [--stage=S] [--reason=R]
 * [--limit=N] [--format=table|jsonl]}: prints the records of an output folder readably, without avro-tools. The
 * record type (Quote, Document, DeadLetter) is read from the files' Avro schema.
 */
public final class Inspect {
  public static final String COMMAND = "inspect";
  static final int OK = 0;
  static final int USAGE = 2;
  static final int FAILED = 1;
  static final int DEFAULT_TABLE_LIMIT = 50;

  private Inspect() {}

  /** What the user asked for. */
  record Request(String folder, String speaker, String doc, String type, String stage, String reason, Integer limit,
      String format) {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Request request;
    try {
      request = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("kutip: error: " + e.getMessage() + " (see " + COMMAND + " --help)");
      return USAGE;
    }
    if (request == null) {
      help(out);
      return OK;
    }
    AvroFolder folder;
    Schema schema;
    try {
      folder = AvroFolder.open(request.folder());
      schema = folder.schema();
    } catch (IOException e) {
      err.println("kutip: error: cannot read " + request.folder() + ": " + e.getMessage()
          + " (give an output folder such as out/quotes)");
      return USAGE;
    }
    if (schema == null) {
      err.println("kutip: " + request.folder() + " holds no records");
      return OK;
    }
    RecordView view = RecordView.of(schema);
    String unsupported = view.unsupportedFilter(request);
    if (unsupported != null) {
      err.println("kutip: error: " + unsupported + " does not apply to " + view.name() + " records (see "
          + COMMAND + " --help)");
      return USAGE;
    }
    boolean table = request.format().equals("table");
    int limit = request.limit() != null ? request.limit() : table ? DEFAULT_TABLE_LIMIT : Integer.MAX_VALUE;
    List<String[]> rows = new ArrayList<>();
    int[] shown = {0};
    long[] matched = {0};
    try {
      folder.forEach(record -> {
        if (!view.matches(record, request)) {
          return true;
        }
        matched[0]++;
        if (shown[0] < limit) {
          shown[0]++;
          if (table) {
            rows.add(view.row(record));
          } else {
            out.println(GenericData.get().toString(record).replace("\n", "\\n"));
          }
        }
        // Keep counting matches for the table's footer; jsonl stops as soon as the limit is reached.
        return table || shown[0] < limit;
      });
    } catch (IOException | RuntimeException e) {
      err.println("kutip: error: cannot read records under " + request.folder() + ": " + e.getMessage());
      return FAILED;
    }
    if (table) {
      TextTable.print(out, view.header(), rows);
      out.printf(Locale.ROOT, "%d of %d %s record(s) shown%s%n", shown[0], matched[0], view.name(),
          matched[0] > shown[0] ? " (raise --limit to see more)" : "");
    }
    return OK;
  }

  static Request parse(String[] args) {
    String folder = null;
    String speaker = null;
    String doc = null;
    String type = null;
    String stage = null;
    String reason = null;
    Integer limit = null;
    String format = "table";
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      } else if (arg.startsWith("--speaker=")) {
        speaker = value(arg);
      } else if (arg.startsWith("--doc=")) {
        doc = value(arg);
      } else if (arg.startsWith("--type=")) {
        type = value(arg).toUpperCase(Locale.ROOT);
        if (!List.of("DIRECT", "INDIRECT", "MIXED").contains(type)) {
          throw new IllegalArgumentException("--type must be DIRECT, INDIRECT or MIXED, not '" + value(arg) + "'");
        }
      } else if (arg.startsWith("--stage=")) {
        stage = value(arg);
      } else if (arg.startsWith("--reason=")) {
        reason = value(arg);
      } else if (arg.startsWith("--limit=")) {
        try {
          limit = Integer.parseInt(value(arg));
        } catch (NumberFormatException e) {
          limit = -1;
        }
        if (limit < 0) {
          throw new IllegalArgumentException("--limit must be a whole number >= 0, not '" + value(arg) + "'");
        }
      } else if (arg.startsWith("--format=")) {
        format = value(arg);
        if (!format.equals("table") && !format.equals("jsonl")) {
          throw new IllegalArgumentException("--format must be table or jsonl, not '" + format + "'");
        }
      } else if (arg.startsWith("-")) {
        throw new IllegalArgumentException("unknown option " + arg + " for " + COMMAND);
      } else if (folder == null) {
        folder = arg;
      } else {
        throw new IllegalArgumentException(COMMAND + " reads one folder; got '" + folder + "' and '" + arg + "'");
      }
    }
    if (folder == null) {
      throw new IllegalArgumentException(COMMAND + " needs a folder, for example out/quotes");
    }
    return new Request(folder, speaker, doc, type, stage, reason, limit, format);
  }

  private static String value(String arg) {
    return arg.substring(arg.indexOf('=') + 1);
  }

  static void help(PrintStream out) {
    out.println("Usage: java -jar kutip.jar " + COMMAND + " FOLDER [options]");
    out.println("Prints the Avro records of an output folder (DIR/quotes, DIR/documents or DIR/dead-letter; the");
    out.println("record type is read from the files' schema; sub-folders such as dt=YYYY-MM-DD are included).");
    out.println();
    out.println("  --speaker=TEXT   quotes whose speaker name or mention contains TEXT (case-insensitive)");
    out.println("  --doc=ID         records of the document with this doc_id");
    out.println("  --type=TYPE      quotes of this type: DIRECT, INDIRECT or MIXED");
    out.println("  --stage=STAGE    dead letters of this stage (for example ReadDumps)");
    out.println("  --reason=REASON  dead letters with this reason (for example malformed-json)");
    out.println("  --limit=N        print at most N records (default " + DEFAULT_TABLE_LIMIT
        + " for table, all for jsonl)");
    out.println("  --format=FORMAT  table (default; long values shortened) or jsonl (one JSON record per line)");
  }
}
