package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.pipeline.loading.LoadingRecipes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** docs/loading is what the generator makes from the .avsc files now, and its figures are right. */
class LoadingRecipesTest {
  static final Path DOCS = Samples.REPO.resolve("docs/loading");

  static String version() throws Exception {
    Matcher m = Pattern.compile("<artifactId>kutip-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Samples.REPO.resolve("pom.xml")));
    assertTrue(m.find(), "no version in pom.xml");
    return m.group(1);
  }

  @Test
  void theCommittedDocsAreUpToDate() throws Exception {
    Map<String, String> files = LoadingRecipes.generate(version());
    if (Boolean.getBoolean("kutip.writeDocs")) {
      LoadingRecipes.main(new String[] {DOCS.toString(), version()});
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path committed = DOCS.resolve(f.getKey());
      assertTrue(Files.exists(committed), committed + " is missing: regenerate (see docs/loading/README.md)");
      assertEquals(f.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
          committed + " is stale: regenerate (see docs/loading/README.md)");
    }
  }

  @Test
  void everySchemaDocCarriesVersionAndFingerprintAndEveryField() throws Exception {
    Map<String, String> files = LoadingRecipes.generate(version());
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> t : LoadingRecipes.TABLES.entrySet()) {
      Schema schema = LoadingRecipes.schema(t.getKey());
      String fp = LoadingRecipes.fingerprint(schema);
      assertEquals(16, fp.length());
      for (String doc : new String[] {"README.md", "bigquery.md", "hive.sql", "snowflake.sql", "duckdb.sql",
          "duckdb-jsonl.sql"}) {
        assertTrue(files.get(doc).contains(fp), doc + " lacks the fingerprint of " + t.getKey());
        assertTrue(files.get(doc).contains(version()), doc + " lacks the version");
      }
      JsonNode bq = json.readTree(files.get("bigquery-" + t.getValue() + ".json"));
      assertEquals(schema.getFields().size(), bq.size());
      for (int i = 0; i < bq.size(); i++) {
        assertEquals(schema.getFields().get(i).name(), bq.get(i).get("name").asText());
      }
      assertTrue(files.get("snowflake.sql").contains("COPY INTO kutip." + t.getValue()));
    }
    JsonNode quote = json.readTree(files.get("bigquery-quotes.json"));
    for (JsonNode f : quote) {
      if (f.get("name").asText().equals("published_at")) {
        assertEquals("TIMESTAMP", f.get("type").asText());
        assertEquals("NULLABLE", f.get("mode").asText());
      }
      if (f.get("name").asText().equals("speaker")) {
        assertEquals("RECORD", f.get("type").asText());
      }
    }
    assertTrue(files.get("hive.sql").contains("PARTITIONED BY (dt STRING)"));
    assertTrue(files.get("hive.sql").contains("STORED AS AVRO"));
    assertTrue(files.get("bigquery.md").contains("--source_format=AVRO --use_avro_logical_types"));
    assertTrue(files.get("snowflake.sql").contains("FILE_FORMAT = (TYPE = AVRO)"));
    assertTrue(files.get("duckdb.sql").contains("read_avro("));
  }
}
