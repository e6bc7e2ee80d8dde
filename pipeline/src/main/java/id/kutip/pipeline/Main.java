package id.kutip.pipeline;

import id.kutip.schema.InputFile;
import id.kutip.schema.RunManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import id.kutip.pipeline.inspect.Inspect;
import id.kutip.pipeline.report.ReportPage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code java -jar kutip.jar --input=GLOB --output=DIR [--runDate=YYYY-MM-DD] [--runner=FlinkRunner ...]}. Exit
 * codes: 0 done, 1 the job failed (the previous records are left as they were), 2 a usage error (bad option, no
 * input, unwritable output), printed as one line. Subcommands: {@code evaluate} scores the job's quotes against
 * gold ({@link Evaluate}); {@code evaluate-ner FILE...} scores the entity tagger on CoNLL files ({@link EvaluateNer}).
 *
 * <p>A run writes its records aside and, once the job succeeded, commits them with their manifest
 * ({@link OutputCommit}, {@link RunManifests}).
 */
public final class Main {
  public static final int OK = 0;
  public static final int JOB_FAILED = 1;
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("evaluate")) {
      return evaluate(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals(EvaluateNer.COMMAND)) {
      return EvaluateNer.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals(Inspect.COMMAND)) {
      return Inspect.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals(ReportCommand.COMMAND)) {
      return ReportCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.startsWith("--help="))) {
      out.println("Kutip: who-said-what records from Indonesian news dumps.");
      out.println("Usage: java -jar kutip.jar --input=GLOB[,GLOB...] --output=DIR [options]");
      out.println("       java -jar kutip.jar evaluate --input=GLOB --gold=QUOTES.jsonl [--output=DIR] [--showErrors=true]");
      out.println("       java -jar kutip.jar " + EvaluateNer.COMMAND + " [--types=...] [--errors] CONLL_FILE...");
      out.println("       java -jar kutip.jar " + Inspect.COMMAND + " DIR/quotes [--speaker=NAME] [--doc=ID] [--type=DIRECT]"
          + " [--limit=N] [--format=table|jsonl]   (see " + Inspect.COMMAND + " --help)");
      out.println("       java -jar kutip.jar " + ReportCommand.COMMAND + " DIR   (writes DIR/report.html again from the records)");
      out.println("Runners: DirectRunner (default); --runner=FlinkRunner --flinkMaster=[local]|host:port");
      out.println("Entity evaluation: java -jar kutip.jar " + EvaluateNer.COMMAND + " --help");
      out.println();
      PipelineOptionsFactory.printHelp(out, KutipOptions.class);
      return OK;
    }
    KutipOptions options;
    List<MatchResult.Metadata> inputs;
    OutputCommit commit;
    String runId = UUID.randomUUID().toString();
    try {
      PipelineOptionsFactory.register(KutipOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(KutipOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      inputs = StartupCheck.inputsMatch(options.getInput());
      StartupCheck.outputWritable(options.getOutput());
      StartupCheck.filesReadable("--gazetteerFiles", options.getGazetteerFiles());
      StartupCheck.filesReadable("--boilerplateFiles", options.getBoilerplateFiles());
      StartupCheck.runDate(options.getRunDate());
      StartupCheck.avroCodec(options.getAvroCodec());
      StartupCheck.deflateLevel(options.getAvroDeflateLevel());
      StartupCheck.flinkRestartStrategy(options);
      commit = OutputCommit.of(options.getOutput(), options.getRunDate(), runId);
      commit.prepare();
    } catch (StartupCheck.UsageException | IllegalArgumentException | IllegalStateException e) {
      err.println("kutip: error: " + namingTheOption(args, firstLine(e.getMessage())) + " (see --help)");
      return USAGE;
    } catch (IOException e) {
      err.println("kutip: error: cannot write to --output: " + firstLine(e.toString()));
      return USAGE;
    }
    Instant startedAt = Instant.now();
    PipelineResult result;
    PipelineResult.State state;
    try {
      RunnerDefaults.apply(options, args);
      // Records go to a staging folder beside the target; only a run that succeeds replaces the target.
      KutipOptions job = options;
      String stagingDir = commit.stagingDir();
      result = RunnerDefaults.runsEmbeddedWithJobListener(job)
          ? EmbeddedFlinkRun.start(() -> KutipPipeline.run(job, stagingDir))
          : KutipPipeline.run(job, stagingDir);
      state = Progress.waitLogging(result, options.getProgressIntervalSeconds(), err);
    } catch (IllegalArgumentException e) {
      // A bad user list or rule file is found while the pipeline is built.
      commit.abort();
      err.println("kutip: error: " + firstLine(e.getMessage()));
      return USAGE;
    } catch (RuntimeException e) {
      commit.abort();
      err.println("kutip: the job failed: " + e);
      e.printStackTrace(err);
      err.println("kutip: the records in " + commit.targetDir() + " were left as they were");
      return JOB_FAILED;
    }
    RunSummary summary = RunSummary.of(result);
    if (state != PipelineResult.State.DONE) {
      commit.abort();
      err.println("kutip: the job ended " + state + "; the records in " + commit.targetDir() + " were left as they were");
      return JOB_FAILED;
    }
    Map<String, InputFile> accounts;
    try {
      accounts = FileAccounting.read(commit.stagingDir());
      FileAccounting.remove(commit.stagingDir());
    } catch (IOException | RuntimeException e) {
      commit.abort();
      err.println("kutip: the job succeeded but its per-file accounts could not be read from " + commit.stagingDir()
          + ": " + e + "; the records in " + commit.targetDir() + " were left as they were");
      return JOB_FAILED;
    }
    RunManifest manifest = RunManifests.build(
        new RunManifests.Run(runId, options.getRunDate(), options.getRunner().getSimpleName(), parallelism(options),
            startedAt, KutipPipeline.list(options.getInput()), inputs),
        summary, accounts, commit.targetDir(), Instant.now());
    if (options.getReport()) {
      // Written beside the records before the commit, so that readers see the page with the records it describes.
      try {
        ReportPage.write(commit.stagingDir(), summary.counters(), commit.targetDir());
      } catch (IOException | RuntimeException e) {
        err.println("kutip: warning: report.html could not be written; the records are committed without it: " + e);
      }
    }
    try {
      commit.commit(RunManifests.toJson(manifest));
    } catch (IOException | RuntimeException e) {
      err.println("kutip: the job succeeded but its records could not be committed to " + commit.targetDir() + ": " + e);
      return JOB_FAILED;
    }
    summary.print(out, commit.targetDir());
    FileAccounting.print(out, manifest.getInputFiles());
    out.println("  manifest " + commit.targetDir() + "/" + OutputCommit.MANIFEST + ", run " + runId);
    if (options.getReport()) {
      out.println("  report " + FileSystems.matchNewResource(commit.targetDir(), true)
          .resolve(ReportPage.FILE_NAME, StandardResolveOptions.RESOLVE_FILE));
    }
    return OK;
  }

  /** The parallelism the runner used, where it says (Flink sets it in its options); 0 otherwise. */
  private static int parallelism(KutipOptions options) {
    if (!"FlinkRunner".equals(options.getRunner().getSimpleName())) {
      return 0;
    }
    Integer parallelism = options.as(FlinkPipelineOptions.class).getParallelism();
    return parallelism == null ? 0 : parallelism;
  }

  /** {@code evaluate}: the job on gold documents, its quotes scored against the gold file. */
  private static int evaluate(String[] args, PrintStream out, PrintStream err) {
    EvaluateOptions options;
    try {
      boolean hasOutput = Arrays.stream(args).anyMatch(a -> a.startsWith("--output="));
      String[] withOutput = args;
      if (!hasOutput) {
        withOutput = Arrays.copyOf(args, args.length + 1);
        withOutput[args.length] = "--output=" + java.nio.file.Files.createTempDirectory("kutip-evaluate");
      }
      PipelineOptionsFactory.register(EvaluateOptions.class);
      options = PipelineOptionsFactory.fromArgs(withOutput).withValidation().as(EvaluateOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      StartupCheck.inputsMatch(options.getInput());
      StartupCheck.outputWritable(options.getOutput());
      if (!java.nio.file.Files.isReadable(java.nio.file.Path.of(options.getGold()))) {
        throw new StartupCheck.UsageException("cannot read --gold file '" + options.getGold() + "'");
      }
    } catch (StartupCheck.UsageException | IllegalArgumentException | IllegalStateException | java.io.IOException e) {
      err.println("kutip: error: " + firstLine(e.getMessage()) + " (see --help)");
      return USAGE;
    }
    try {
      return Evaluate.run(options, out);
    } catch (java.io.IOException | RuntimeException e) {
      err.println("kutip: evaluation failed: " + e);
      return JOB_FAILED;
    }
  }

  /** Beam says {@code Cannot deserialize value of type `long` from String "x"}: name the option that had it. */
  static String namingTheOption(String[] args, String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("from String \"([^\"]*)\"").matcher(message);
    if (message.startsWith("Cannot deserialize") && m.find()) {
      for (String arg : args) {
        if (arg.startsWith("--") && arg.endsWith("=" + m.group(1))) {
          String type = message.replaceFirst("^Cannot deserialize value of type `([^`]*)`.*$", "$1");
          return "bad value " + arg + ": give a " + type + " value";
        }
      }
    }
    return message;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
