package id.kutip.pipeline;

import id.kutip.schema.RunManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code java -jar kutip.jar --input=GLOB --output=DIR [--runDate=YYYY-MM-DD] [--runner=FlinkRunner ...]}. Exit
 * codes: 0 done, 1 the job failed (the previous records are left as they were), 2 a usage error (bad option, no
 * input, unwritable output), printed as one line.
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
    if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.startsWith("--help="))) {
      out.println("Kutip: who-said-what records from Indonesian news dumps.");
      out.println("Usage: java -jar kutip.jar --input=GLOB[,GLOB...] --output=DIR [options]");
      out.println("Runners: DirectRunner (default); --runner=FlinkRunner --flinkMaster=[local]|host:port");
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
      StartupCheck.runDate(options.getRunDate());
      StartupCheck.flinkRestartStrategy(options);
      commit = OutputCommit.of(options.getOutput(), options.getRunDate(), runId);
      commit.prepare();
    } catch (StartupCheck.UsageException | IllegalArgumentException | IllegalStateException e) {
      err.println("kutip: error: " + firstLine(e.getMessage()) + " (see --help)");
      return USAGE;
    } catch (IOException e) {
      err.println("kutip: error: cannot write to --output: " + firstLine(e.toString()));
      return USAGE;
    }
    Instant startedAt = Instant.now();
    PipelineResult result;
    PipelineResult.State state;
    try {
      // Records go to a staging folder beside the target; only a run that succeeds replaces the target.
      result = KutipPipeline.run(options, commit.stagingDir());
      state = result.waitUntilFinish();
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
    RunManifest manifest = RunManifests.build(
        new RunManifests.Run(runId, options.getRunDate(), options.getRunner().getSimpleName(), parallelism(options),
            startedAt, KutipPipeline.list(options.getInput()), inputs),
        summary, commit.targetDir(), Instant.now());
    try {
      commit.commit(RunManifests.toJson(manifest));
    } catch (IOException | RuntimeException e) {
      err.println("kutip: the job succeeded but its records could not be committed to " + commit.targetDir() + ": " + e);
      return JOB_FAILED;
    }
    summary.print(out, commit.targetDir());
    out.println("  manifest " + commit.targetDir() + "/" + OutputCommit.MANIFEST + ", run " + runId);
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

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
