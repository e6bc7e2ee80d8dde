package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateNerTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void scoresACoNLLFilePerType() throws Exception {
    Path conll = tmp.resolve("mini.txt");
    Files.writeString(conll, String.join("\n",
        "Menlu PROPN O", "AS PROPN B-LOC", "Antony PROPN B-PER", "Blinken PROPN I-PER", "tiba VERB O",
        "di ADP O", "Jenewa PROPN B-LOC", ". PUNCT O", "", "Kata NOUN O", "itu DET O", ". PUNCT O", ""));
    assertEquals(0, run("evaluate-ner", conll.toString()));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("2 sentences"), report);
    assertTrue(report.matches("(?s).*PERSON\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), report);
    assertTrue(report.matches("(?s).*LOCATION\\s+2\\s+2\\s+2\\s+1\\.000.*"), report);
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertEquals(2, run("evaluate-ner", tmp.resolve("nope.txt").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("kutip: error: cannot read"));
    assertEquals(2, run("evaluate-ner"));
  }
}
