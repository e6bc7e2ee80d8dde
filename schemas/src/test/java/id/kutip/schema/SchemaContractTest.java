package id.kutip.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The contracts warehouses load: every field documented, and every schema able to read data written with each
 * released version kept under {@code src/test/resources/released/<version>/}.
 */
class SchemaContractTest {
  private static final List<String> CONTRACTS = List.of("Document", "Quote", "DeadLetter", "RunManifest");

  private static Schema current(String name) throws IOException {
    try (InputStream in = SchemaContractTest.class.getResourceAsStream("/avro/" + name + ".avsc")) {
      assertNotNull(in, name + ".avsc is not on the classpath");
      return new Schema.Parser().parse(in);
    }
  }

  @Test
  void everyRecordAndFieldHasADoc() throws IOException {
    for (String name : CONTRACTS) {
      List<String> undocumented = new ArrayList<>();
      collectUndocumented(current(name), undocumented, new ArrayList<>());
      assertTrue(undocumented.isEmpty(), name + ": fields without doc: " + undocumented);
      assertEquals("id.kutip.schema", current(name).getNamespace());
    }
  }

  private static void collectUndocumented(Schema schema, List<String> out, List<String> seen) {
    switch (schema.getType()) {
      case RECORD -> {
        if (seen.contains(schema.getFullName())) {
          return;
        }
        seen.add(schema.getFullName());
        if (schema.getDoc() == null || schema.getDoc().isBlank()) {
          out.add(schema.getFullName());
        }
        for (Schema.Field field : schema.getFields()) {
          if (field.doc() == null || field.doc().isBlank()) {
            out.add(schema.getName() + "." + field.name());
          }
          collectUndocumented(field.schema(), out, seen);
        }
      }
      case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, out, seen));
      case ARRAY -> collectUndocumented(schema.getElementType(), out, seen);
      default -> { }
    }
  }

  @Test
  void currentSchemasReadEveryReleasedVersion() throws IOException {
    Path released = Path.of("src/test/resources/released");
    List<Path> versions;
    try (Stream<Path> list = Files.list(released)) {
      versions = list.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(!versions.isEmpty(), "no released schemas kept in " + released);
    for (Path version : versions) {
      for (String name : CONTRACTS) {
        Path old = version.resolve(name + ".avsc");
        if (!Files.exists(old)) {
          continue;
        }
        Schema writer = new Schema.Parser().parse(old.toFile());
        var result = SchemaCompatibility.checkReaderWriterCompatibility(current(name), writer);
        assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
            name + " cannot read data written with " + version.getFileName() + ": " + result.getDescription());
      }
    }
  }

  @Test
  void theCompatibilityCheckCatchesABreakingChange() throws IOException {
    // A required field added without a default cannot read old data: the check above must notice such a change.
    Schema current = current("Quote");
    String broken = current.toString().replace(
        "\"fields\":[", "\"fields\":[{\"name\":\"added_without_default\",\"type\":\"string\",\"doc\":\"x\"},");
    Schema reader = new Schema.Parser().parse(broken);
    assertEquals(SchemaCompatibilityType.INCOMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(reader, current).getType());
  }
}
