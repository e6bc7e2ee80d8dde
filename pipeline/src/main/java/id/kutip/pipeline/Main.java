package id.kutip.pipeline;

import java.io.PrintStream;
import java.util.Arrays;
import id.kutip.pipeline.inspect.Inspect;
import id.kutip.pipeline.report.ReportPage;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code java -jar kutip.jar --input=GLOB --output=DIR [--runner=FlinkRunner ...]}. Exit codes: 0 done, 1 the job
 * failed, 2 a usage error (bad option, no input, unwritable output), printed as one line. {@code kutip.jar
 * evaluate-ner FILE...} scores the entity tagger on CoNLL files instead ({@link EvaluateNer}).
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
    try {
      PipelineOptionsFactory.register(KutipOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(KutipOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      StartupCheck.inputsMatch(options.getInput());
      StartupCheck.outputWritable(options.getOutput());
      StartupCheck.filesReadable("--gazetteerFiles", options.getGazetteerFiles());
      StartupCheck.filesReadable("--boilerplateFiles", options.getBoilerplateFiles());
    } catch (StartupCheck.UsageException | IllegalArgumentException | IllegalStateException e) {
      err.println("kutip: error: " + namingTheOption(args, firstLine(e.getMessage())) + " (see --help)");
      return USAGE;
    }
    PipelineResult result;
    try {
      if (Arrays.stream(args).noneMatch(a -> a.startsWith("--blockOnRun"))) {
        // DirectRunner returns from run() at once, so that progress can be logged while it works.
        options.as(DirectOptions.class).setBlockOnRun(false);
      }
      result = KutipPipeline.run(options);
      Progress.waitLogging(result, options.getProgressIntervalSeconds(), err);
    } catch (IllegalArgumentException e) {
      // A bad user list or rule file is found while the pipeline is built.
      err.println("kutip: error: " + firstLine(e.getMessage()));
      return USAGE;
    } catch (RuntimeException e) {
      err.println("kutip: the job failed: " + e);
      e.printStackTrace(err);
      return JOB_FAILED;
    }
    RunSummary summary = RunSummary.of(result);
    summary.print(out, options.getOutput());
    if (result.getState() != PipelineResult.State.DONE) {
      return JOB_FAILED;
    }
    if (options.getReport()) {
      try {
        out.println("  report " + ReportPage.write(options.getOutput(), summary.counters()));
      } catch (java.io.IOException | RuntimeException e) {
        err.println("kutip: warning: the records are written but report.html could not be: " + e);
      }
    }
    return OK;
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
