package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline DuckDB recipe (docs/loading/duckdb-jsonl.sql), run as a user runs it: the job's three folders printed
 * with {@code inspect --format=jsonl}, then the committed SQL file in a real DuckDB (its JDBC driver, no extension
 * fetched). What DuckDB reads must be what the Avro files hold.
 */
class DuckDbJsonRecipeTest {
  @TempDir static Path tmp;
  static Path output;
  static Connection duck;

  @BeforeAll
  static void runTheJobPrintTheFoldersAndRunTheRecipe() throws Exception {
    Path in = tmp.resolve("in");
    Samples.writeMixedInputs(in);
    output = tmp.resolve("out");
    assertEquals(0, Main.run(new String[] {"--input=" + in + "/*", "--output=" + output, "--progressIntervalSeconds=0",
        "--report=false"}, new PrintStream(ByteArrayOutputStream.nullOutputStream()), System.err));
    Path jsonl = Files.createDirectories(tmp.resolve("jsonl"));
    for (String[] folder : new String[][] {{"documents", "documents"}, {"quotes", "quotes"},
        {"dead-letter", "dead_letter"}}) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      assertEquals(0, Main.run(new String[] {"inspect", output.resolve(folder[0]).toString(), "--format=jsonl"},
          new PrintStream(printed, true, StandardCharsets.UTF_8), System.err));
      Files.write(jsonl.resolve(folder[1] + ".jsonl"), printed.toByteArray());
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      // The recipe is run "in that folder"; a JVM cannot change its working directory, DuckDB's search path can.
      s.execute("SET file_search_path = '" + jsonl + "'");
      // Nothing may come from the network: the recipe must need no extension beyond DuckDB's built-in ones.
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
      for (String statement : statements(Files.readString(LoadingRecipesTest.DOCS.resolve("duckdb-jsonl.sql")))) {
        s.execute(statement);
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (duck != null) {
      duck.close();
    }
  }

  /** The file's statements, comments left out. */
  static List<String> statements(String sql) {
    String code = sql.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
    List<String> out = new ArrayList<>();
    for (String statement : code.split(";\\s*\n")) {
      if (!statement.isBlank()) {
        out.add(statement.strip());
      }
    }
    return out;
  }

  private static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return rows(r);
    }
  }

  private static List<Map<String, Object>> rows(ResultSet r) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    while (r.next()) {
      Map<String, Object> row = new HashMap<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The rows of a query by the value of their first column, an id. */
  private static Map<String, Map<String, Object>> rowsById(String sql) throws SQLException {
    Map<String, Map<String, Object>> byId = new HashMap<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
      String id = r.getMetaData().getColumnLabel(1);
      for (Map<String, Object> row : rows(r)) {
        byId.put((String) row.get(id), row);
      }
    }
    return byId;
  }

  private static Instant instant(Object timestamp) {
    if (timestamp == null) {
      return null;
    }
    if (timestamp instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    return ((Timestamp) timestamp).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
  }

  @Test
  void everyQuoteReadsBackWithItsSpeakerOffsetsAndTime() throws Exception {
    List<Quote> quotes = AvroFiles.read(output.resolve("quotes"), Quote.class);
    assertFalse(quotes.isEmpty());
    Map<String, Map<String, Object>> read = rowsById("SELECT quote_id, type, start, \"end\", speaker.name AS speaker, "
        + "speaker.kind AS kind, cue, confidence, published_at FROM quotes");
    assertEquals(quotes.size(), read.size());
    for (Quote q : quotes) {
      Map<String, Object> row = read.get(q.getQuoteId());
      assertEquals(q.getType().name(), row.get("type"), q.getQuoteId());
      assertEquals(q.getStart(), row.get("start"));
      assertEquals(q.getEnd(), row.get("end"));
      assertEquals(q.getSpeaker().getName(), row.get("speaker"));
      assertEquals(q.getSpeaker().getKind().name(), row.get("kind"));
      assertEquals(q.getCue(), row.get("cue"));
      assertEquals(q.getConfidence(), ((Number) row.get("confidence")).floatValue(), 0f);
      assertEquals(q.getPublishedAt(), instant(row.get("published_at")), "published_at is a TIMESTAMP");
    }
  }

  @Test
  void theRecipesOwnExampleCountsTheSpeakersAsTheRecordsDo() throws Exception {
    List<String> recipe = statements(Files.readString(LoadingRecipesTest.DOCS.resolve("duckdb-jsonl.sql")));
    String example = recipe.get(recipe.size() - 1);
    assertTrue(example.startsWith("SELECT speaker.name"), example);
    Map<String, Long> expected = new TreeMap<>();
    for (Quote q : AvroFiles.read(output.resolve("quotes"), Quote.class)) {
      if (q.getSpeaker().getName() != null) {
        expected.merge(q.getSpeaker().getName(), 1L, Long::sum);
      }
    }
    Map<String, Long> counted = new TreeMap<>();
    for (Map<String, Object> row : query(example)) {
      counted.put((String) row.get("name"), ((Number) row.get("quotes")).longValue());
    }
    assertFalse(expected.isEmpty());
    // LIMIT 20: the twenty most quoted, each with its count; ties at the cut may fall either way.
    assertEquals(Math.min(20, expected.size()), counted.size());
    for (Map.Entry<String, Long> shown : counted.entrySet()) {
      assertEquals(expected.get(shown.getKey()), shown.getValue(), shown.getKey());
    }
    long least = counted.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    expected.keySet().removeAll(counted.keySet());
    assertTrue(expected.values().stream().allMatch(n -> n <= least), "left out, and quoted more: " + expected);
  }

  @Test
  void documentsAndDeadLettersReadBackWhole() throws Exception {
    List<Document> documents = AvroFiles.read(output.resolve("documents"), Document.class);
    Map<String, Map<String, Object>> read = rowsById("SELECT doc_id, title, outlet, published_at, length(text) AS chars, "
        + "len(sentences) AS sentences, len(entities) AS entities FROM documents");
    assertEquals(documents.size(), read.size());
    for (Document d : documents) {
      Map<String, Object> row = read.get(d.getDocId());
      assertEquals(d.getTitle(), row.get("title"));
      assertEquals(d.getOutlet(), row.get("outlet"));
      assertEquals(d.getPublishedAt(), instant(row.get("published_at")));
      assertEquals((long) d.getText().length(), ((Number) row.get("chars")).longValue(), "text with its newlines");
      assertEquals((long) d.getSentences().size(), ((Number) row.get("sentences")).longValue());
      assertEquals((long) d.getEntities().size(), ((Number) row.get("entities")).longValue());
    }

    Map<String, Long> expected = new TreeMap<>();
    for (DeadLetter dl : AvroFiles.read(output.resolve("dead-letter"), DeadLetter.class)) {
      expected.merge(dl.getStage() + "/" + dl.getReason(), 1L, Long::sum);
    }
    Map<String, Long> counted = new TreeMap<>();
    for (Map<String, Object> row : query("SELECT stage || '/' || reason AS what, count(*) AS n FROM dead_letter "
        + "GROUP BY 1")) {
      counted.put((String) row.get("what"), ((Number) row.get("n")).longValue());
    }
    assertEquals(3, expected.values().stream().mapToLong(Long::longValue).sum(), expected.toString());
    assertEquals(expected, counted);
  }
}
