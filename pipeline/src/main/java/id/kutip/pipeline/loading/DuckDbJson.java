package id.kutip.pipeline.loading;

import java.util.StringJoiner;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * DuckDB views over the JSON Lines that {@code kutip.jar inspect FOLDER --format=jsonl} prints, for a DuckDB without
 * its avro extension (which is fetched from the network on first use). DuckDB's JSON reader is built in. Every column
 * is typed from the Avro schema rather than guessed from the data, so that a folder whose first records lack a field
 * reads the same; times arrive as epoch milliseconds and become TIMESTAMPs.
 */
final class DuckDbJson {
  private DuckDbJson() {}

  static String view(Schema record, String table) {
    StringJoiner columns = new StringJoiner(", ");
    StringJoiner times = new StringJoiner(", ");
    for (Schema.Field f : record.getFields()) {
      Schema type = LoadingRecipes.nonNull(f.schema());
      columns.add("'" + f.name() + "': '" + type(type) + "'");
      if (type.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
        times.add("epoch_ms(" + f.name() + ") AS " + f.name());
      }
    }
    String select = times.length() == 0 ? "*" : "* REPLACE (" + times + ")";
    return "CREATE VIEW " + table + " AS SELECT " + select + " FROM read_json('" + table + ".jsonl',\n"
        + "  format = 'newline_delimited',\n  columns = {" + columns + "});\n";
  }

  /** The DuckDB type of a JSON value that Avro's {@code GenericData.toString} wrote for this schema. */
  static String type(Schema s) {
    return switch (s.getType()) {
      case STRING, ENUM -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT"; // timestamp-millis too: epoch_ms turns it into a TIMESTAMP in the view
      case FLOAT -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case ARRAY -> type(LoadingRecipes.nonNull(s.getElementType())) + "[]";
      case MAP -> "MAP(VARCHAR, " + type(LoadingRecipes.nonNull(s.getValueType())) + ")";
      case RECORD -> {
        StringJoiner fields = new StringJoiner(", ", "STRUCT(", ")");
        for (Schema.Field f : s.getFields()) {
          fields.add("\"" + f.name() + "\" " + type(LoadingRecipes.nonNull(f.schema())));
        }
        yield fields.toString();
      }
      default -> throw new IllegalArgumentException("no DuckDB JSON type for Avro " + s.getType()
          + ": the JSON Lines view cannot read it; extend DuckDbJson.type");
    };
  }
}
