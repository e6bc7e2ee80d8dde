package id.kutip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.RejectedInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading only the record's fields into nodes gives what reading the whole line into a tree gives: the same record,
 * or the same rejection with the same words, on every line.
 */
class JsonLinesParserTest {
  private static final JsonLinesParser PARSER = new JsonLinesParser(JsonFields.DEFAULT);

  /** The record, or the rejection's reason and message, as a string to compare. */
  private static String outcome(boolean wholeTree, String line) {
    try {
      return String.valueOf(wholeTree ? PARSER.parseWholeTree(line, "file:///d/x.jsonl", 7)
          : PARSER.parse(line, "file:///d/x.jsonl", 7));
    } catch (RejectedInputException e) {
      return e.reason() + ": " + e.getMessage();
    }
  }

  private static void assertSame(String line) {
    assertEquals(outcome(true, line), outcome(false, line), line);
  }

  @Test
  void readsTheRecordsFieldsAndSkipsTheRest() {
    String line = "{\"html\":\"<p>\\\"x\\\"</p>\",\"id\":42,\"meta\":{\"a\":[1,2.5,{\"b\":null}]},\"text\":\"isi\","
        + "\"title\":\"Judul\",\"text\":\"isi kedua\"}";
    assertSame(line);
    String record = outcome(false, line);
    assertTrue(record.contains("\"doc_id\": \"42\"") && record.contains("\"text\": \"isi kedua\""), record);
  }

  @Test
  void rejectsAFaultInAFieldItSkipsAsTheTreeDoes() {
    for (String line : new String[] {
        "{\"x\":\"bad \\q escape\",\"text\":\"isi\"}",
        "{\"x\":\"raw \u0001 control\",\"text\":\"isi\"}",
        "{\"x\":[1,2,,3],\"text\":\"isi\"}",
        "{\"x\":{\"y\":01},\"text\":\"isi\"}",
        "{\"x\":\"" + "9".repeat(2000) + "\",\"n\":" + "9".repeat(2000) + ",\"text\":\"isi\"}",
        "{\"x\":" + "[".repeat(1200) + "]".repeat(1200) + ",\"text\":\"isi\"}",
        "{\"text\":\"isi\"} {\"text\":\"dua\"}",
        "{\"text\":\"isi\"",
        "[{\"text\":\"isi\"}]",
        "\"text\"",
        "{\"text\":5}",
        "{\"id\":\"a\"}"}) {
      assertSame(line);
      assertTrue(outcome(false, line).contains(": "), line);
    }
  }

  /** Random records, some of them then cut, extended or spoilt at a random place: the same outcome every time. */
  @Test
  void agreesWithTheWholeTreeOnRandomLines() {
    String[] keys = {"\"text\"", "\"id\"", "\"title\"", "\"url\"", "\"x\"", "\"y\""};
    String[] values = {"\"isi\"", "\"a\\nb\"", "\"\\u00e9\"", "\"\\q\"", "1", "-2.5e3", "01", "null", "true", "\"\"",
      "[1,{\"z\":\"w\"}]", "{\"y\":[1,{}]}", "[]", "{}", "12345678901234567890123", "\"  \""};
    String[] spoilers = {"{", "}", "]", ",", ":", "\"", "x", " {\"text\":\"dua\"}", "\\"};
    Random random = new Random(20261204L);
    int records = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder line = new StringBuilder("{");
      for (int k = random.nextInt(5); k >= 0; k--) {
        line.append(keys[random.nextInt(keys.length)]).append(':').append(values[random.nextInt(values.length)]);
        line.append(k > 0 ? "," : "");
      }
      line.append('}');
      if (random.nextInt(4) == 0) {
        int at = random.nextInt(line.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> line.setLength(at);
          case 1 -> line.insert(at, spoilers[random.nextInt(spoilers.length)]);
          default -> line.append(spoilers[random.nextInt(spoilers.length)]);
        }
      }
      String whole = outcome(true, line.toString());
      assertEquals(whole, outcome(false, line.toString()), line.toString());
      records += whole.startsWith("{") ? 1 : 0;
    }
    assertTrue(records > 5_000, records + " records: the lines must include many good ones");
  }
}
