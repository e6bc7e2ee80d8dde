package id.kutip.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gold bodies of the five seed pages ({@code src/gold/seeds/body.jsonl}) and the seed dumps themselves. */
final class SeedBodies {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SEEDS = REPO.resolve("src/samples/seeds");
  static final Path GOLD = REPO.resolve("src/gold/seeds/body.jsonl");

  record Gold(String doc, String title, String published, String outlet, List<String> body) {}

  static Map<String, Gold> load() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Gold> gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      List<String> body = new ArrayList<>();
      node.get("body").forEach(p -> body.add(p.asText()));
      gold.put(node.get("doc").asText(), new Gold(node.get("doc").asText(), text(node, "title"),
          text(node, "published"), text(node, "outlet"), body));
    }
    return gold;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String raw(String doc) throws IOException {
    return Files.readString(SEEDS.resolve(doc + ".txt"), StandardCharsets.UTF_8);
  }
}
