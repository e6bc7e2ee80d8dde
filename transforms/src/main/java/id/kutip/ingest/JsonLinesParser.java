package id.kutip.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.common.RejectedInputException;
import id.kutip.schema.RawDocument;

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
  private final JsonFields fields;

  public JsonLinesParser(JsonFields fields) {
    this.fields = fields;
  }

  /**
   * @param fileUri the file's URI; the record's source URI becomes {@code fileUri#line=N}
   * @param lineNumber the line's number in the file, from 1
   */
  public RawDocument parse(String line, String fileUri, long lineNumber) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(
          MALFORMED, "Line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
    }
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
