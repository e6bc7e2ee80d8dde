package id.kutip.pipeline.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Writes {@code docs/loading/}: how to load the output into BigQuery, Hive/Spark and Snowflake and query it locally
 * with DuckDB, generated from the {@code .avsc} contracts on the classpath so that nothing is written twice. Each
 * schema document carries the schema version and its Avro parsing fingerprint (CRC-64-AVRO of the canonical form).
 * {@code java -cp kutip.jar id.kutip.pipeline.loading.LoadingRecipes docs/loading VERSION}; a test keeps the
 * committed files up to date.
 */
public final class LoadingRecipes {
  /** Record name → output folder (and table name). */
  public static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("Document", "documents");
    TABLES.put("Quote", "quotes");
    TABLES.put("DeadLetter", "dead_letter");
  }

  private LoadingRecipes() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LoadingRecipes OUTPUT_DIR SCHEMA_VERSION");
      System.exit(2);
    }
    for (Map.Entry<String, String> file : generate(args[1]).entrySet()) {
      Path target = Path.of(args[0]).resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  public static Schema schema(String record) throws IOException {
    try (InputStream in = LoadingRecipes.class.getResourceAsStream("/avro/" + record + ".avsc")) {
      if (in == null) {
        throw new IOException(record + ".avsc is not on the classpath");
      }
      return new Schema.Parser().parse(in);
    }
  }

  public static String fingerprint(Schema schema) {
    return String.format(Locale.ROOT, "%016x", SchemaNormalization.parsingFingerprint64(schema));
  }

  static String folder(String table) {
    return table.equals("dead_letter") ? "dead-letter" : table;
  }

  /** File name (relative to docs/loading) → contents. */
  public static Map<String, String> generate(String version) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder readme = new StringBuilder();
    readme.append("# Loading Kutip output into a warehouse\n\n")
        .append("Generated from `schemas/src/main/avro/*.avsc` by `id.kutip.pipeline.loading.LoadingRecipes`; do not")
        .append(" edit by hand (`LoadingRecipesTest` fails when these files are stale; regenerate with\n")
        .append("`mvn -B -q -o -pl schemas,transforms,pipeline -am test -Dtest=LoadingRecipesTest -Dkutip.writeDocs=true")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false`).\n\n")
        .append("`OUT` below is the job's `--output` (a local path, `gs://...`, `s3://...`). Files are Avro container")
        .append(" files named `part-*.avro`, their blocks in deflate, which every Avro reader reads, unless the job ran")
        .append(" with `--avroCodec=snappy` or `--avroCodec=zstandard`: choose those only where your warehouse's Avro")
        .append(" reader has the codec (zstandard needs Avro 1.9 or later). A scheduled run (`--runDate=YYYY-MM-DD`)")
        .append(" commits one day as")
        .append(" `OUT/dt=YYYY-MM-DD/{documents,quotes,dead-letter}/` with `_manifest.json` and `_SUCCESS`; load a day")
        .append(" once its `_SUCCESS` is there. The recipes load one day into the partition `dt`; without `--runDate`")
        .append(" drop `dt=YYYY-MM-DD/` from the paths.\n\n")
        .append("| record | folder | schema version | parsing fingerprint (CRC-64-AVRO) | BigQuery schema |\n")
        .append("|---|---|---|---|---|\n");
    StringBuilder bq = new StringBuilder("# BigQuery\n\n");
    StringBuilder hive = new StringBuilder("-- Hive / Spark SQL external tables over Kutip output (generated).\n");
    StringBuilder snow = new StringBuilder("-- Snowflake (generated). Stage the output first, e.g.\n"
        + "-- CREATE STAGE kutip_stage URL = 's3://bucket/OUT/' CREDENTIALS = (...);\n");
    StringBuilder duck = new StringBuilder("-- DuckDB: query the output locally, no warehouse (generated).\n"
        + "-- Needs DuckDB's avro extension: INSTALL fetches it once from the DuckDB extension repository.\n"
        + "INSTALL avro;\nLOAD avro;\n");
    StringBuilder duckJson = new StringBuilder("-- DuckDB with no extension to fetch and no network (generated): the"
        + " records as JSON Lines, read by DuckDB's built-in JSON reader.\n"
        + "-- First print each folder (add dt=YYYY-MM-DD/ after OUT/ for a scheduled run):\n");
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      duckJson.append("--   java -jar kutip.jar inspect OUT/").append(folder(t.getValue()))
          .append(" --format=jsonl > ").append(t.getValue()).append(".jsonl\n");
    }
    duckJson.append("-- then run this file in duckdb in that folder (or SET file_search_path to it).\n");
    bq.append("Load with Avro logical types so that `published_at` becomes a TIMESTAMP:\n\n```bash\n");
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      Schema schema = schema(t.getKey());
      String table = t.getValue();
      String fp = fingerprint(schema);
      readme.append("| `").append(t.getKey()).append("` | `").append(folder(table)).append("/` | ").append(version)
          .append(" | `").append(fp).append("` | [bigquery-").append(table).append(".json](bigquery-").append(table)
          .append(".json) |\n");
      files.put("bigquery-" + table + ".json", BigQuerySchema.json(schema));
      bq.append("# ").append(t.getKey()).append(" (schema ").append(version).append(", fingerprint ").append(fp)
          .append(")\nbq load --source_format=AVRO --use_avro_logical_types --time_partitioning_type=DAY \\\n")
          .append("  --replace 'kutip.").append(table).append("$YYYYMMDD' 'gs://BUCKET/OUT/dt=YYYY-MM-DD/")
          .append(folder(table)).append("/*.avro' ./bigquery-").append(table).append(".json\n");
      hive.append("\n-- ").append(t.getKey()).append(" (schema ").append(version).append(", fingerprint ")
          .append(fp).append("); the columns come from the Avro schema file.\n")
          .append("CREATE EXTERNAL TABLE IF NOT EXISTS kutip.").append(table).append("\n")
          .append("  PARTITIONED BY (dt STRING)\n  STORED AS AVRO\n  LOCATION 'OUT/_tables/").append(folder(table))
          .append("'\n  TBLPROPERTIES ('avro.schema.url'='OUT_SCHEMAS/").append(t.getKey()).append(".avsc');\n")
          .append("-- after each day's run (the day's folder holds all three record kinds):\n")
          .append("ALTER TABLE kutip.").append(table).append(" ADD IF NOT EXISTS PARTITION (dt='YYYY-MM-DD')")
          .append(" LOCATION 'OUT/dt=YYYY-MM-DD/").append(folder(table)).append("';\n");
      snow.append("\n-- ").append(t.getKey()).append(" (schema ").append(version).append(", fingerprint ")
          .append(fp).append(")\n").append(Snowflake.table(schema, table, folder(table)));
      duck.append("\n-- ").append(t.getKey()).append(" (schema ").append(version).append(", fingerprint ")
          .append(fp).append(")\nCREATE VIEW ").append(table).append(" AS SELECT * FROM read_avro('OUT/dt=*/")
          .append(folder(table)).append("/*.avro', filename = true);\n");
      duckJson.append("\n-- ").append(t.getKey()).append(" (schema ").append(version).append(", fingerprint ")
          .append(fp).append(")\n").append(DuckDbJson.view(schema, table));
    }
    String whoIsQuoted = "\n-- For example: who is quoted most.\n"
        + "SELECT speaker.name, count(*) AS quotes FROM quotes WHERE speaker.name IS NOT NULL GROUP BY 1 ORDER BY 2"
        + " DESC LIMIT 20;\n";
    duckJson.append(whoIsQuoted);
    bq.append("```\n\n`$YYYYMMDD` is the day's partition decorator; `--replace` makes a rerun of a day replace it,"
        + " as the job does. Without `--runDate`, load `OUT/<folder>/*.avro` into an unpartitioned table. The"
        + " `bigquery-*.json` files are the table schemas (field descriptions are the `.avsc` docs).\n");
    hive.append("\n-- Spark without a metastore: spark.read.format(\"avro\").load(\"OUT/dt=*/quotes\") "
        + "(needs the spark-avro package).\n");
    duck.append(whoIsQuoted);
    readme.append("\n- [BigQuery](bigquery.md): `bq load --source_format=AVRO --use_avro_logical_types` and the")
        .append(" table schema JSON per record\n")
        .append("- [Hive / Spark](hive.sql): `CREATE EXTERNAL TABLE ... STORED AS AVRO` with the partition column `dt`\n")
        .append("- [Snowflake](snowflake.sql): `CREATE TABLE` and `COPY INTO ... FILE_FORMAT = (TYPE = AVRO)`\n")
        .append("- [DuckDB](duckdb.sql): query the folders locally with `read_avro` (DuckDB's avro extension,")
        .append(" fetched from DuckDB's extension repository on first use)\n")
        .append("- [DuckDB, offline](duckdb-jsonl.sql): `kutip.jar inspect --format=jsonl` prints each folder as JSON")
        .append(" Lines and DuckDB's built-in JSON reader reads them, typed from the schemas; no extension, no")
        .append(" network (tested with DuckDB's JDBC driver)\n")
        .append("\n`OUT_SCHEMAS/` in the Hive recipe is wherever you put the `.avsc` files (they are also inside")
        .append(" `kutip.jar` under `avro/`).\n");
    files.put("README.md", readme.toString());
    files.put("bigquery.md", bq.toString());
    files.put("hive.sql", hive.toString());
    files.put("snowflake.sql", snow.toString());
    files.put("duckdb.sql", duck.toString());
    files.put("duckdb-jsonl.sql", duckJson.toString());
    return files;
  }

  /** The non-null branch of an optional field's union, or the type itself. */
  static Schema nonNull(Schema s) {
    if (s.getType() == Schema.Type.UNION) {
      List<Schema> types = new ArrayList<>(s.getTypes());
      types.removeIf(t -> t.getType() == Schema.Type.NULL);
      return types.size() == 1 ? types.get(0) : s;
    }
    return s;
  }

  static boolean nullable(Schema s) {
    return s.getType() == Schema.Type.UNION && s.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
  }
}
