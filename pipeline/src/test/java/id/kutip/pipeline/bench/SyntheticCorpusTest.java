package id.kutip.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.duplicates.NearDuplicates;
import id.kutip.duplicates.Sketch;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpus is what the benchmark assumes: documents that deduplication does not fold together. Every
 * pair of 1,500 documents is compared in memory (the reference grouping FindDuplicates is tested against).
 */
class SyntheticCorpusTest {
  @TempDir Path tmp;

  @Test
  void fewDocumentsAreDuplicatesOfAnother() throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl.gz");
    Path articles = EndToEndBench.repo().resolve("src/samples/idnews/articles.jsonl.gz");
    SyntheticCorpus.Written written = SyntheticCorpus.write(articles, 1_500, 20251122L, corpus);
    assertEquals(1_500, written.documents());

    List<Sketch> sketches = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode doc = json.readTree(line);
        String id = doc.path("id").asText();
        // Sketched after cleaning, as in the job.
        Document cleaned = cleaner.clean(RawDocument.newBuilder().setDocId(id).setSourceUri("file:///corpus#" + id)
            .setFormat("jsonl").setText(doc.path("text").asText()).build());
        sketches.add(Sketch.of(cleaned));
      }
    }
    long inGroups = NearDuplicates.groupsInMemory(sketches).stream().mapToLong(List::size).sum();
    // The corpus of three articles' thirds had 48% of 1,000 documents in duplicate groups.
    assertTrue(inGroups <= sketches.size() / 100, inGroups + " of " + sketches.size() + " documents in duplicate groups");
  }
}
