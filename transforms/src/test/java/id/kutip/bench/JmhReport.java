package id.kutip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the result of {@link CoreBenchmarks} ({@code -rf json}) as a Markdown table: per benchmark documents/s,
 * MB/s (10^6 bytes of the texts as dumped) and the ratio to the floor, CoreNLP tokenize+ssplit on the same texts;
 * then the floor's tokens/s and what the chain of cores reaches against the floor (issue #7: the whole job should
 * reach at least 0.5).
 *
 * <p>Run: {@code java -cp <test class path> id.kutip.bench.JmhReport [transforms/target/jmh.json]}; the jmh
 * profile of transforms/pom.xml runs it after the benchmarks.
 */
public final class JmhReport {
  static final String FLOOR = "tokenizeSsplit";
  static final double TARGET = 0.5;
  /** The rows in pipeline order, with what each measures; benchmarks not listed follow in the file's order. */
  private static final Map<String, String> WHAT = new LinkedHashMap<>();

  static {
    WHAT.put(FLOOR, "CoreNLP tokenize+ssplit, texts as dumped (the floor)");
    WHAT.put("tokenizeSsplitCleaned", "CoreNLP tokenize+ssplit, cleaned texts");
    WHAT.put("parse", "JsonLinesParser");
    WHAT.put("clean", "DocumentCleaner");
    WHAT.put("sketch", "Shingles + MinHash + band keys + Sketch");
    WHAT.put("split", "SentenceSplitter");
    WHAT.put("tag", "EntityTagger, bundled lists");
    WHAT.put("quotes", "QuoteAttributor (split and tagged in setup)");
    WHAT.put("statementShingles", "StatementShingles of every quote");
    WHAT.put("writeDeflate6", "Avro container of the split and tagged documents, deflate 6 (zlib's default)");
    WHAT.put("writeDeflate3", "the same at deflate 3 (the job's default)");
    WHAT.put("writeDeflate1", "the same at deflate 1");
    WHAT.put("writeZstandard", "the same in zstandard, level 3 (--avroCodec=zstandard)");
    WHAT.put("writeSnappy", "the same in snappy (--avroCodec=snappy)");
    WHAT.put("chain", "clean → split → tag → quotes");
    WHAT.put("chainFromLine", "parse → clean → sketch → split → tag → quotes → statement shingles");
  }

  private JmhReport() {}

  /** One benchmark's rates per second; the errors are JMH's 99.9% confidence half-widths (NaN with one iteration). */
  record Row(String name, double passes, double documents, double documentsError, double bytes, double tokens) {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/jmh.json");
    JsonNode results = new ObjectMapper().readTree(file.toFile());
    if (results == null || !results.isArray() || results.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no JMH results");
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : results) {
      JsonNode secondary = result.path("secondaryMetrics");
      if (!secondary.has("documents") || !secondary.has("bytes")) {
        continue; // not one of ours
      }
      String name = result.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode documents = secondary.get("documents");
      rows.put(name, new Row(name, perSecond(result.get("primaryMetric")), perSecond(documents),
          errorPerSecond(documents), perSecond(secondary.get("bytes")),
          secondary.has("tokens") ? perSecond(secondary.get("tokens")) : Double.NaN));
    }
    System.out.print(table(results.get(0), rows));
  }

  static String table(JsonNode first, Map<String, Row> byName) {
    List<Row> rows = new ArrayList<>();
    WHAT.keySet().stream().filter(byName::containsKey).forEach(name -> rows.add(byName.get(name)));
    byName.values().stream().filter(row -> !WHAT.containsKey(row.name())).forEach(rows::add);
    Row floor = byName.get(FLOOR);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "JMH %s, JDK %s (%s), %d fork(s), %d x %s warm-up, %d x %s measurement%n",
        first.path("jmhVersion").asText(), first.path("jdkVersion").asText(), first.path("vmName").asText(),
        first.path("forks").asInt(), first.path("warmupIterations").asInt(), first.path("warmupTime").asText(),
        first.path("measurementIterations").asInt(), first.path("measurementTime").asText()));
    if (floor != null) {
      out.append(String.format(Locale.ROOT, "corpus per pass: %,.0f documents, %.2f MB of text as dumped; floor: "
          + "%,.0f CoreNLP tokens per pass, %,.0f tokens/s%n", floor.documents() / floor.passes(),
          floor.bytes() / floor.passes() / 1e6, floor.tokens() / floor.passes(), floor.tokens()));
    }
    out.append(String.format(Locale.ROOT, "%n| benchmark | measures | documents/s | ± (99.9%%) | MB/s | × floor |%n"));
    out.append("|---|---|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %,.1f | %s | %.3f | %s |%n", row.name(),
          WHAT.getOrDefault(row.name(), ""), row.documents(),
          Double.isNaN(row.documentsError()) ? "-"
              : String.format(Locale.ROOT, "%.0f%%", 100 * row.documentsError() / row.documents()),
          row.bytes() / 1e6, floor == null ? "-" : String.format(Locale.ROOT, "%.2f", ratio(row, floor))));
    }
    if (floor != null) {
      out.append('\n');
      for (String chain : List.of("chain", "chainFromLine")) {
        Row row = byName.get(chain);
        if (row != null) {
          double ratio = ratio(row, floor);
          out.append(String.format(Locale.ROOT, "%s (%s): %.2f of tokenize+ssplit throughput (%s the %.1f the whole "
              + "job should reach)%n", chain, WHAT.get(chain), ratio, ratio >= TARGET ? "above" : "below", TARGET));
        }
      }
    }
    return out.toString();
  }

  /** The ratio of documents/s: the rows cover the same corpus, so it is also the ratio of MB/s. */
  static double ratio(Row row, Row floor) {
    return row.documents() / floor.documents();
  }

  private static double perSecond(JsonNode metric) {
    return metric.get("score").asDouble() * toPerSecond(metric.get("scoreUnit").asText());
  }

  private static double errorPerSecond(JsonNode metric) {
    JsonNode error = metric.get("scoreError");
    double value = error.isNumber() ? error.asDouble() : Double.NaN; // "NaN" is written as a string
    return value * toPerSecond(metric.get("scoreUnit").asText());
  }

  /** The factor from a JMH throughput unit ({@code ops/s}, {@code ops/ms} ...) to per second. */
  private static double toPerSecond(String unit) {
    return switch (unit.substring(unit.indexOf('/') + 1)) {
      case "s" -> 1;
      case "ms" -> 1e3;
      case "us" -> 1e6;
      case "ns" -> 1e9;
      case "min" -> 1.0 / 60;
      default -> throw new IllegalArgumentException("not a throughput unit: " + unit);
    };
  }
}
