package id.kutip.pipeline;

import id.kutip.pipeline.report.ReportPage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** {@code kutip.jar report DIR}: writes {@code DIR/report.html} again from the records under DIR (no counters). */
final class ReportCommand {
  static final String COMMAND = "report";

  private ReportCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println("Usage: java -jar kutip.jar " + COMMAND + " DIR");
      out.println("Writes DIR/report.html from the records under DIR/documents, DIR/quotes and DIR/dead-letter.");
      return Main.OK;
    }
    if (args.length != 1 || args[0].startsWith("-")) {
      err.println("kutip: error: " + COMMAND + " needs one output directory, for example out (see "
          + COMMAND + " --help)");
      return Main.USAGE;
    }
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    String dir = args[0];
    if (!dir.contains("://") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(dir))) {
      err.println("kutip: error: no such directory: " + dir + " (give the --output directory of a run)");
      return Main.USAGE;
    }
    try {
      out.println("kutip: report " + ReportPage.write(dir, Map.of()));
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      err.println("kutip: error: cannot write the report under " + dir + ": " + e.getMessage());
      return Main.JOB_FAILED;
    }
  }
}
