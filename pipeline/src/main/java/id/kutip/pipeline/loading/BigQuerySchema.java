package id.kutip.pipeline.loading;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** A BigQuery table schema (JSON) for an Avro record, as {@code bq load --use_avro_logical_types} maps it. */
final class BigQuerySchema {
  private BigQuerySchema() {}

  static String json(Schema record) {
    StringBuilder b = new StringBuilder();
    fields(record, b, "");
    return b.append('\n').toString();
  }

  private static void fields(Schema record, StringBuilder b, String indent) {
    b.append("[\n");
    boolean first = true;
    for (Schema.Field f : record.getFields()) {
      if (!first) {
        b.append(",\n");
      }
      first = false;
      Schema type = LoadingRecipes.nonNull(f.schema());
      String mode = LoadingRecipes.nullable(f.schema()) ? "NULLABLE" : "REQUIRED";
      if (type.getType() == Schema.Type.ARRAY) {
        mode = "REPEATED";
        type = type.getElementType();
      }
      b.append(indent).append("  {\"name\": \"").append(f.name()).append("\", \"type\": \"").append(bqType(type))
          .append("\", \"mode\": \"").append(mode).append("\", \"description\": \"").append(escape(f.doc()))
          .append('"');
      if (type.getType() == Schema.Type.RECORD) {
        b.append(", \"fields\": ");
        fields(type, b, indent + "  ");
      }
      b.append('}');
    }
    b.append('\n').append(indent).append(']');
  }

  static String bqType(Schema s) {
    if (s.getLogicalType() instanceof LogicalTypes.TimestampMillis
        || s.getLogicalType() instanceof LogicalTypes.TimestampMicros) {
      return "TIMESTAMP";
    }
    return switch (s.getType()) {
      case STRING, ENUM -> "STRING";
      case INT, LONG -> "INTEGER";
      case FLOAT, DOUBLE -> "FLOAT";
      case BOOLEAN -> "BOOLEAN";
      case BYTES, FIXED -> "BYTES";
      case RECORD -> "RECORD";
      default -> throw new IllegalArgumentException("no BigQuery type for " + s);
    };
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
