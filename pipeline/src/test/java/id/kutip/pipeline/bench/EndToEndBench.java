package id.kutip.pipeline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark: the whole job on synthetic corpora of N documents ({@link SyntheticCorpus}), on
 * DirectRunner (with and without its checks) and on Flink embedded at parallelism 1 and 2, each run in a JVM of its
 * own, next to the floor (CoreNLP tokenize + ssplit alone on one thread, {@link TokenizerFloor}) on the same texts.
 * Prints documents/s, MB/s per core and peak heap per run, and the ratios the performance targets are stated in: all
 * taken in one run on one machine, because absolute times on a shared machine say little.
 *
 * <p>Arguments (all optional): {@code --docs=10000,100000
 * --runs=floor,cores,direct,direct-encodability,direct-checked,flink1,flink2 --work=target/bench --xmx=4g
 * --jvmFlags=-XX:-DontCompileHugeMethods}. {@code --jvmFlags} are comma-separated JVM flags for every run's JVM,
 * the floor's included, so that the job is compared with the floor under the same flags. The default is the flag the
 * README tells users to run with (CoreNLP's lexer compiled: see {@code HugeMethods}); {@code --jvmFlags=} runs
 * the JVMs with none, {@code --jvmFlags=-XX:-TieredCompilation} with C2 alone (docs/PERFORMANCE.md).
 * {@code --threads=true} writes each job run's CPU per thread to {@code threads-RUN-N.tsv} in the work folder
 * ({@code ThreadCpu}): a Flink task's thread is named after its chain of steps.
 * {@code cores} runs the job's per-document cores without a runner, alternated with the floor in one JVM
 * ({@link CoresVsFloor}): what the job would cost if the runner cost nothing. {@code direct}
 * is the job's default (DirectRunner's immutability and encodability checks off); {@code direct-encodability} turns
 * the encodability check on, {@code direct-checked} both.
 */
public final class EndToEndBench {
  private static final Pattern RESULT = Pattern.compile("BENCH exit=(\\d+) millis=(\\d+)(?: peakHeapBytes=(\\d+))?"
      + "(?: tokens=(\\d+))?(?: floorMillis=(\\d+))?(?: cpuMillis=(\\d+))?(?: jitMillis=(\\d+))?");

  private EndToEndBench() {}

  /**
   * One run; {@code floorMillis} is the floor timed in the same JVM, for the {@code cores} run; {@code cpuMillis} the
   * job's process CPU time (all its threads) and {@code jitMillis} the JIT compiler threads' CPU time ({@code
   * CompilerThreads}), 0 where not taken.
   */
  record Run(String name, int documents, long millis, long peakHeapBytes, long tokens, long floorMillis,
      long cpuMillis, long jitMillis) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of(
        "docs", "10000,100000", "runs", "floor,cores,direct,direct-encodability,direct-checked,flink1,flink2", "work", "target/bench",
        "xmx", "4g", "jvmFlags", "-XX:-DontCompileHugeMethods", "threads", "false"));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      options.put(kv[0], kv[1]);
    }
    Path work = Path.of(options.get("work")).toAbsolutePath();
    Path articles = repo().resolve("src/samples/idnews/articles.jsonl.gz");
    int cores = Runtime.getRuntime().availableProcessors();
    List<Run> runs = new ArrayList<>();
    Map<Integer, Long> textBytes = new LinkedHashMap<>();
    for (String size : options.get("docs").split(",")) {
      int documents = Integer.parseInt(size.strip());
      Path corpus = work.resolve("corpus-" + documents + ".jsonl.gz");
      SyntheticCorpus.Written written = SyntheticCorpus.write(articles, documents, 20251122L, corpus);
      textBytes.put(documents, written.textBytes());
      System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB of text%n", documents, written.textBytes() / 1e6);
      for (String name : options.get("runs").split(",")) {
        List<String> flags = jvmFlags(options.get("jvmFlags"));
        if (Boolean.parseBoolean(options.get("threads")) && isJobRun(name.strip())) {
          // Each thread's CPU, written by BenchRun (ThreadCpu): which step's thread costs what.
          Path threads = work.resolve("threads-" + name.strip() + "-" + documents + ".tsv");
          flags.add("-D" + id.kutip.pipeline.BenchRun.THREADS_PROPERTY + "=" + threads);
          System.out.println("  threads of " + name.strip() + ": " + threads);
        }
        Run run = run(name.strip(), documents, corpus, work, options.get("xmx"), flags);
        runs.add(run);
        System.out.printf(Locale.ROOT, "  %-17s %8.1f s  %8.1f docs/s  peak heap %6.0f MB  CPU %6.1f s (JIT %5.1f s)%n",
            run.name(), run.millis() / 1e3, documents * 1e3 / run.millis(), run.peakHeapBytes() / 1e6,
            run.cpuMillis() / 1e3, run.jitMillis() / 1e3);
      }
    }
    System.out.println();
    System.out.println(table(runs, textBytes, cores));
  }

  /** Whether a run is the job under a runner (BenchRun), not the floor or the cores alone. */
  static boolean isJobRun(String name) {
    return !name.equals("floor") && !name.equals("cores");
  }

  /** The JVM flags of {@code --jvmFlags}: comma-separated, blanks ignored. */
  static List<String> jvmFlags(String option) {
    List<String> flags = new ArrayList<>();
    for (String flag : option.split(",")) {
      if (!flag.isBlank()) {
        flags.add(flag.strip());
      }
    }
    return flags;
  }

  /** One run in a JVM of its own, as a user would start it, with {@code jvmFlags} before the class path. */
  static Run run(String name, int documents, Path corpus, Path work, String xmx, List<String> jvmFlags)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx));
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    if (name.equals("floor")) {
      command.add(TokenizerFloor.class.getName());
      command.add(corpus.toString());
    } else if (name.equals("cores")) {
      command.add(CoresVsFloor.class.getName());
      command.add(corpus.toString());
    } else {
      command.add("id.kutip.pipeline.BenchRun");
      command.addAll(List.of("--input=" + corpus, "--output=" + work.resolve("out-" + name + "-" + documents),
          "--report=false", "--progressIntervalSeconds=0"));
      command.addAll(switch (name) {
        case "direct" -> List.<String>of();
        case "direct-encodability" -> List.of("--enforceEncodability=true");
        case "direct-checked" -> List.of("--enforceImmutability=true", "--enforceEncodability=true");
        case "flink1" -> List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1");
        case "flink2" -> List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
        default -> throw new IllegalArgumentException("unknown run " + name);
      });
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Matcher result = null;
    java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = RESULT.matcher(line);
        if (m.find()) {
          result = m;
        } else if (line.startsWith("CORE ")) {
          System.out.println("    " + line); // the cores run's breakdown, core by core
        } else if (!line.contains(" WARN ")) {
          tail.addLast(line);
          if (tail.size() > 30) {
            tail.removeFirst();
          }
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null || !result.group(1).equals("0")) {
      throw new IllegalStateException(name + " failed (exit " + exit + "):\n" + String.join("\n", tail));
    }
    return new Run(name, documents, Long.parseLong(result.group(2)),
        result.group(3) == null ? 0 : Long.parseLong(result.group(3)),
        result.group(4) == null ? 0 : Long.parseLong(result.group(4)),
        result.group(5) == null ? 0 : Long.parseLong(result.group(5)),
        result.group(6) == null ? 0 : Long.parseLong(result.group(6)),
        result.group(7) == null ? 0 : Long.parseLong(result.group(7)));
  }

  /** The cores a run keeps busy: Flink its parallelism, the direct runner all of them, the floor one. */
  static int coresOf(String name, int cores) {
    return switch (name) {
      case "floor", "flink1", "cores" -> 1;
      case "flink2" -> 2;
      default -> cores;
    };
  }

  static String table(List<Run> runs, Map<Integer, Long> textBytes, int cores) {
    StringBuilder t = new StringBuilder();
    t.append("| run | documents | seconds | documents/s | MB/s | MB/s per core | peak heap MB | cores busy | JIT CPU s |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Run r : runs) {
      double seconds = r.millis() / 1e3;
      double mbs = textBytes.get(r.documents()) / 1e6 / seconds;
      t.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.2f | %s | %s | %s |%n", r.name(),
          r.documents(), seconds, r.documents() / seconds, mbs, mbs / coresOf(r.name(), cores),
          r.peakHeapBytes() == 0 ? "" : String.format(Locale.ROOT, "%.0f", r.peakHeapBytes() / 1e6),
          r.cpuMillis() == 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) r.cpuMillis() / r.millis()),
          r.jitMillis() == 0 ? "" : String.format(Locale.ROOT, "%.1f", r.jitMillis() / 1e3)));
    }
    t.append("\nRatios (same run, same machine; ").append(cores).append(" cores):\n");
    for (int documents : textBytes.keySet()) {
      Run floor = find(runs, "floor", documents);
      Run flink1 = find(runs, "flink1", documents);
      Run flink2 = find(runs, "flink2", documents);
      Run direct = find(runs, "direct", documents);
      Run encodability = find(runs, "direct-encodability", documents);
      Run checked = find(runs, "direct-checked", documents);
      if (floor != null && flink1 != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: Flink p1 has %.3f of the floor's throughput (target >= 0.5)%n",
            documents, (double) floor.millis() / flink1.millis()));
      }
      Run coresAlone = find(runs, "cores", documents);
      if (coresAlone != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: the cores alone (no runner) have %.3f of the floor's throughput, "
            + "timed alternately in one JVM%n", documents, (double) coresAlone.floorMillis() / coresAlone.millis()));
        if (flink1 != null) {
          t.append(String.format(Locale.ROOT, "- N=%d: Flink p1 has %.3f of the cores' own throughput (the rest is "
              + "the runner and start-up)%n", documents, (double) coresAlone.millis() / flink1.millis()));
        }
      }
      if (flink1 != null && flink2 != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: Flink p2 is %.2fx as fast as p1 (target >= 1.8x)%n",
            documents, (double) flink1.millis() / flink2.millis()));
      }
      if (flink1 != null && direct != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: DirectRunner takes %.2fx the time of Flink p1 (target <= 2x)%n",
            documents, (double) direct.millis() / flink1.millis()));
      }
      if (direct != null && encodability != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: DirectRunner with its encodability check: %.2fx the time of "
            + "the job's default (no checks)%n", documents, (double) encodability.millis() / direct.millis()));
      }
      if (direct != null && checked != null) {
        t.append(String.format(Locale.ROOT, "- N=%d: DirectRunner with both checks (Beam's default): %.2fx the time "
            + "of the job's default%n", documents, (double) checked.millis() / direct.millis()));
      }
    }
    List<Integer> sizes = new ArrayList<>(textBytes.keySet());
    for (int i = 1; i < sizes.size(); i++) {
      int small = sizes.get(i - 1);
      int large = sizes.get(i);
      for (Run r : runs) {
        Run bigger = r.documents() == small ? find(runs, r.name(), large) : null;
        if (bigger != null) {
          t.append(String.format(Locale.ROOT, "- %s: %dx the documents took %.2fx the time (target <= %.2fx)%n",
              r.name(), large / small, (double) bigger.millis() / r.millis(), large / (double) small * 1.05));
        }
      }
    }
    return t.toString();
  }

  private static Run find(List<Run> runs, String name, int documents) {
    return runs.stream().filter(r -> r.name().equals(name) && r.documents() == documents).findFirst().orElse(null);
  }

  static Path repo() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("src/samples/idnews"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run from inside the repository (src/samples/idnews not found)");
    }
    return dir;
  }
}
