package id.kutip.pipeline.loading;

import java.util.StringJoiner;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** Snowflake DDL and a {@code COPY INTO} that reads each column from the Avro record ({@code $1:field}). */
final class Snowflake {
  private Snowflake() {}

  static String table(Schema record, String table, String folder) {
    StringJoiner columns = new StringJoiner(",\n");
    StringJoiner select = new StringJoiner(",\n");
    for (Schema.Field f : record.getFields()) {
      Schema type = LoadingRecipes.nonNull(f.schema());
      String sfType = type(type);
      columns.add("  " + f.name() + " " + sfType + (LoadingRecipes.nullable(f.schema()) ? "" : " NOT NULL"));
      String value = "$1:" + f.name();
      if (type.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
        select.add("    TO_TIMESTAMP_NTZ(" + value + "::NUMBER, 3)");
      } else {
        select.add("    " + value + "::" + sfType);
      }
    }
    return "CREATE TABLE IF NOT EXISTS kutip." + table + " (\n" + columns + "\n);\n"
        + "COPY INTO kutip." + table + " FROM (\n  SELECT\n" + select + "\n  FROM @kutip_stage/dt=YYYY-MM-DD/" + folder + "/\n)\n"
        + "  PATTERN = '.*[.]avro'\n  FILE_FORMAT = (TYPE = AVRO);\n";
  }

  static String type(Schema s) {
    if (s.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
      return "TIMESTAMP_NTZ";
    }
    return switch (s.getType()) {
      case STRING, ENUM -> "VARCHAR";
      case INT, LONG -> "NUMBER";
      case FLOAT, DOUBLE -> "FLOAT";
      case BOOLEAN -> "BOOLEAN";
      case BYTES, FIXED -> "BINARY";
      case RECORD, ARRAY, MAP -> "VARIANT";
      default -> "VARIANT";
    };
  }
}
