package id.kutip.pipeline;

import id.kutip.entities.EntityTagger;
import id.kutip.entities.NerEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code kutip.jar evaluate-ner [--types=PERSON,LOCATION] [--gazetteerFiles=a.tsv,b.tsv] [--errors] FILE...}: runs the
 * entity tagger on each sentence of CoNLL files (token per line, IOB tag in the last column) and prints precision,
 * recall and F1 per type by exact span match ({@link NerEvaluation}).
 */
final class EvaluateNer {
  static final String COMMAND = "evaluate-ner";

  private EvaluateNer() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> types = NerEvaluation.DEFAULT_TYPES;
    List<String> gazetteers = List.of();
    boolean errors = false;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--types=")) {
        types = split(arg.substring("--types=".length()));
      } else if (arg.startsWith("--gazetteerFiles=")) {
        gazetteers = split(arg.substring("--gazetteerFiles=".length()));
      } else if (arg.equals("--errors")) {
        errors = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println("Usage: java -jar kutip.jar " + COMMAND
            + " [--types=PERSON,ORGANIZATION,LOCATION] [--gazetteerFiles=a.tsv,...] [--errors] FILE.conll...");
        out.println("Scores the entity tagger on CoNLL files (token per line, IOB tag in the last column, blank line"
            + " between sentences): precision, recall, F1 per type by exact span match.");
        return Main.OK;
      } else if (arg.startsWith("--")) {
        err.println("kutip: error: unknown option " + arg + " for " + COMMAND + " (see " + COMMAND + " --help)");
        return Main.USAGE;
      } else {
        files.add(Path.of(arg));
      }
    }
    if (files.isEmpty()) {
      err.println("kutip: error: " + COMMAND + " needs at least one CoNLL file (see " + COMMAND + " --help)");
      return Main.USAGE;
    }
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        err.println("kutip: error: cannot read " + file);
        return Main.USAGE;
      }
    }
    EntityTagger tagger;
    try {
      tagger = EntityTagger.load(gazetteers);
    } catch (IllegalArgumentException e) {
      err.println("kutip: error: " + e.getMessage());
      return Main.USAGE;
    }
    NerEvaluation evaluation = new NerEvaluation(tagger, types);
    for (Path file : files) {
      try {
        List<NerEvaluation.ConllSentence> sentences = NerEvaluation.read(file);
        evaluation.evaluate(file.toString(), sentences).print(out);
        if (errors) {
          evaluation.printErrors(sentences, out);
        }
      } catch (IOException e) {
        err.println("kutip: error: cannot read " + file + ": " + e.getMessage());
        return Main.USAGE;
      }
    }
    return Main.OK;
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
