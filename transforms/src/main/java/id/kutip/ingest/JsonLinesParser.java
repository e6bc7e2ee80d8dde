package id.kutip.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kutip.common.RejectedInputException;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Parses one line of a JSON Lines dump into a {@link RawDocument}. */
public final class JsonLinesParser {
  public static final String MALFORMED = "malformed-json";
  public static final String MISSING_TEXT = "missing-text";

  /**
   * Strict about what follows the object: {@code {...} {...}} on one line is malformed, not its first half. Field
   * names are not interned: the keys come from whoever wrote the dump, and interning every new one in the JVM's
   * string table made a line of 80,000 distinct keys cost 20 times one of 10,000, not 8; names are only compared
   * with {@code equals} here.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Reads one value in the middle of a line: what follows it is the rest of the object, not trailing tokens. */
  private static final ObjectReader VALUE_READER =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final JsonFields fields;
  /** The fields the record is made of: only their values are read into nodes. */
  private final Set<String> read;

  public JsonLinesParser(JsonFields fields) {
    this.fields = fields;
    this.read = Stream.of(fields.id(), fields.text(), fields.title(), fields.url(), fields.outlet(), fields.date())
        .filter(f -> f != null).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param fileUri the file's URI; the record's source URI becomes {@code fileUri#line=N}
   * @param lineNumber the line's number in the file, from 1
   */
  public RawDocument parse(String line, String fileUri, long lineNumber) {
    JsonNode node = readFields(line);
    return record(node != null ? node : wholeTree(line, lineNumber), fileUri, lineNumber);
  }

  /**
   * As {@link #parse}, with the line read whole into a tree: how every line was read before {@link #readFields},
   * and still how a line that is not one well-formed object gets its error. The two agree on every line.
   */
  RawDocument parseWholeTree(String line, String fileUri, long lineNumber) {
    return record(wholeTree(line, lineNumber), fileUri, lineNumber);
  }

  private static JsonNode wholeTree(String line, long lineNumber) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(
          MALFORMED, "Line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private RawDocument record(JsonNode node, String fileUri, long lineNumber) {
    if (node == null || !node.isObject()) {
      throw new RejectedInputException(
          MALFORMED, "Line " + lineNumber + " is not a JSON object.");
    }
    JsonNode text = node.get(fields.text());
    if (text == null || text.isNull()) {
      throw new RejectedInputException(
          MISSING_TEXT, "Line " + lineNumber + " has no `" + fields.text() + "` field.");
    }
    if (!text.isTextual()) {
      throw new RejectedInputException(
          "bad-field", "Line " + lineNumber + ": `" + fields.text() + "` is a " + text.getNodeType() + ", not a string.");
    }
    String id = scalar(node, fields.id());
    if (id == null || id.isBlank()) {
      id = InputFormat.stem(fileUri) + "-L" + lineNumber;
    }
    return RawDocument.newBuilder()
        .setDocId(id)
        .setSourceUri(fileUri + "#line=" + lineNumber)
        .setFormat(InputFormat.JSONL.label())
        .setText(text.textValue())
        .setTitle(scalar(node, fields.title()))
        .setUrl(scalar(node, fields.url()))
        .setOutlet(scalar(node, fields.outlet()))
        .setDate(scalar(node, fields.date()))
        .build();
  }

  /**
   * The line's object with only the fields the record is made of, or null when the line is not one well-formed
   * object (then the whole line is read as a tree, for its error). The other fields are read through token by token,
   * their strings decoded and numbers parsed as a tree would, so a fault anywhere in the line is still found; but no
   * node is built for them. A line of 80,000 keys cost up to 15 times one of 10,000 as a tree, its map falling out of
   * the caches, and 8.4 times this way; ordinary records cost the same either way.
   */
  private ObjectNode readFields(String line) {
    try (JsonParser parser = MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode node = MAPPER.getNodeFactory().objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (read.contains(name)) {
          node.set(name, VALUE_READER.readTree(parser)); // a repeated field: the last one counts, as in a tree
        } else {
          readThrough(parser);
        }
      }
      return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads the value the parser is on to its end, checking it as building its node would, without the node. */
  private static void readThrough(JsonParser parser) throws IOException {
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (token != null) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> parser.getTextLength();
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
        default -> { }
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  /** A field's value as text when it is a string or a number; nested junk is ignored, not an error. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = field == null ? null : node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }
}
