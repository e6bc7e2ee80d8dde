package id.kutip.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a gold {@code body.jsonl} file (the format of {@code src/gold/GUIDELINES.md}): the article's own
 * paragraphs as they stand in the raw dump, its title, outlet and publication time.
 *
 * @param published ISO-8601 local time with offset ({@code 2023-03-03T07:31:00+07:00}), or null
 */
public record GoldBody(String doc, String title, String published, String outlet, List<String> body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static List<GoldBody> load(Path file) {
    List<GoldBody> gold = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(line);
        List<String> body = new ArrayList<>();
        node.get("body").forEach(p -> body.add(p.asText()));
        gold.add(new GoldBody(node.get("doc").asText(), text(node, "title"), text(node, "published"),
            text(node, "outlet"), List.copyOf(body)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold file " + file, e);
    }
    return gold;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
