package id.kutip.pipeline;

import id.kutip.clean.CleanDocuments;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.GoldBody;
import id.kutip.clean.LineRules;
import id.kutip.clean.ParagraphScore;
import id.kutip.clean.PublicationDates;
import id.kutip.common.RejectedInputException;
import id.kutip.duplicates.FindDuplicates;
import id.kutip.duplicates.MinHash;
import id.kutip.duplicates.Sketch;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.ingest.ReadDumps;
import id.kutip.output.WriteRecords;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The cleaning figures of the README, computed: paragraph precision, recall and F1 of the cleaned bodies against
 * the hand-written gold bodies of {@code src/gold}, whether title, outlet and publication time are right, and the
 * duplicate groups the pipeline finds. Inputs are read with the pipeline's own reader and cleaned with its own
 * cleaner, so the figures are those of the job.
 */
final class CleaningEvaluation {
  /** One document's figures. */
  record DocResult(String doc, ParagraphScore score, boolean title, boolean outlet, boolean published) {}

  /** A gold set's figures. */
  record SetResult(String name, List<DocResult> docs) {
    ParagraphScore total() {
      ParagraphScore total = ParagraphScore.zero();
      for (DocResult doc : docs) {
        total = total.plus(doc.score());
      }
      return total;
    }

    double minF1() {
      return docs.stream().mapToDouble(d -> d.score().f1()).min().orElse(0);
    }

    long titles() {
      return docs.stream().filter(DocResult::title).count();
    }

    long outlets() {
      return docs.stream().filter(DocResult::outlet).count();
    }

    long published() {
      return docs.stream().filter(DocResult::published).count();
    }
  }

  /** A group of duplicates as the pipeline wrote it, with the estimated similarity of each member to the first. */
  record Group(String clusterId, List<Document> members, List<Double> similarities) {}

  /** What the pipeline found: its groups, and the most similar two documents it did not group (the margin). */
  record Duplicates(List<Group> groups, int documents, String closestA, String closestB, double closestSimilarity) {}

  /** The HTML pages of src/samples/html whose articles have gold bodies, by gold doc id. */
  static final Map<String, String> HTML_PAGES = new TreeMap<>(Map.of(
      "anpandu-0001", "antara-singlepage.html", "anpandu-0004", "antara-singlepage5.html",
      "anpandu-0006", "kapanlagi-singlepage.html", "anpandu-0013", "tempo-singlepage.html"));

  private final Path repo;
  private final DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));

  CleaningEvaluation(Path repo) {
    this.repo = repo;
  }

  SetResult seeds() {
    return score("seeds", repo.resolve("src/gold/seeds/body.jsonl"), read(repo.resolve("src/samples/seeds")));
  }

  SetResult idnews(String part) {
    Path folder = repo.resolve("src/gold/idnews-clean/" + part);
    return score("idnews-clean/" + part, folder.resolve("body.jsonl"), read(folder.resolve("articles.jsonl")));
  }

  /** The pages of the articles with gold bodies, read as HTML: the same gold, through jsoup first. */
  SetResult htmlPages() {
    Map<String, RawDocument> raw = new LinkedHashMap<>();
    for (Map.Entry<String, String> page : HTML_PAGES.entrySet()) {
      RawDocument document = read(repo.resolve("src/samples/html").resolve(page.getValue())).values().iterator().next();
      raw.put(page.getKey(), document);
    }
    List<GoldBody> gold = new ArrayList<>();
    for (String part : List.of("dev", "heldout")) {
      for (GoldBody body : GoldBody.load(repo.resolve("src/gold/idnews-clean/" + part + "/body.jsonl"))) {
        if (raw.containsKey(body.doc())) {
          // A page names its outlet from its URL, the JSON input from its own field: only the body and title count.
          gold.add(new GoldBody(body.doc(), body.title(), null, null, body.body()));
        }
      }
    }
    return score("html pages", gold, raw, false);
  }

  private SetResult score(String name, Path goldFile, Map<String, RawDocument> raw) {
    return score(name, GoldBody.load(goldFile), raw, true);
  }

  private SetResult score(String name, List<GoldBody> gold, Map<String, RawDocument> raw, boolean metadata) {
    List<DocResult> results = new ArrayList<>();
    for (GoldBody expected : gold) {
      RawDocument input = Objects.requireNonNull(raw.get(expected.doc()), "no raw input for gold doc " + expected.doc());
      Document cleaned;
      try {
        cleaned = cleaner.clean(input);
      } catch (RejectedInputException e) {
        results.add(new DocResult(expected.doc(), ParagraphScore.of(List.of(), expected.body()), false, false, false));
        continue;
      }
      String published = cleaned.getPublishedAt() == null ? null
          : new PublicationDates.Published(cleaned.getPublishedAt(), cleaned.getPublishedOffset()).local();
      results.add(new DocResult(expected.doc(),
          ParagraphScore.of(ParagraphScore.paragraphs(cleaned.getText()), expected.body()),
          Objects.equals(expected.title(), cleaned.getTitle()),
          !metadata || Objects.equals(expected.outlet(), cleaned.getOutlet()),
          !metadata || Objects.equals(expected.published(), published)));
    }
    return new SetResult(name, results);
  }

  /** The raw documents of a file or of every file in a folder, by doc id, as the pipeline's reader makes them. */
  static Map<String, RawDocument> read(Path fileOrFolder) {
    Map<String, RawDocument> documents = new LinkedHashMap<>();
    DumpReader reader = new DumpReader(ReadDumps.DEFAULT_MAX_DOCUMENT_BYTES, ReadDumps.DEFAULT_MAX_FILE_BYTES,
        JsonFields.DEFAULT);
    DumpReader.Sink sink = new DumpReader.Sink() {
      @Override
      public void document(RawDocument document) {
        documents.put(document.getDocId(), document);
      }

      @Override
      public void failure(DeadLetter deadLetter) {
        throw new IllegalStateException("An evaluation input did not read: " + deadLetter);
      }
    };
    try {
      List<Path> files;
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> list = Files.list(fileOrFolder)) {
          files = list.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(fileOrFolder);
      }
      for (Path file : files) {
        try (InputStream in = open(file)) {
          reader.read(file.toUri().toString(), in, sink);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  /**
   * The duplicate groups that the pipeline's own stages (read, clean, find duplicates) write for these inputs, run
   * on the direct runner into {@code workDir}.
   */
  static Duplicates duplicates(List<String> inputs, Path workDir) {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline.apply("ReadDumps", ReadDumps.from(inputs))
        .then("CleanDocuments", CleanDocuments.create())
        .then("FindDuplicates", FindDuplicates.create())
        .output().apply("WriteDocuments", WriteRecords.documents(workDir.toString()));
    pipeline.run().waitUntilFinish();

    List<Document> written = readDocuments(workDir.resolve(WriteRecords.DOCUMENTS));
    Map<String, List<Document>> clusters = new TreeMap<>();
    for (Document document : written) {
      if (document.getClusterId() != null) {
        clusters.computeIfAbsent(document.getClusterId(), k -> new ArrayList<>()).add(document);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Document>> cluster : clusters.entrySet()) {
      List<Document> members = new ArrayList<>(cluster.getValue());
      members.sort((a, b) -> a.getDocId().compareTo(b.getDocId()));
      Map<String, Sketch> sketches = new HashMap<>();
      members.forEach(d -> sketches.put(d.getDocId(), Sketch.of(d)));
      List<Double> similarities = new ArrayList<>();
      for (Document member : members) {
        similarities.add(MinHash.similarity(sketches.get(members.get(0).getDocId()).signature(),
            sketches.get(member.getDocId()).signature()));
      }
      groups.add(new Group(cluster.getKey(), members, similarities));
    }
    // Every pair, in memory: fine for an evaluation of a few hundred documents, never done by the pipeline.
    written.sort((a, b) -> a.getDocId().compareTo(b.getDocId()));
    List<Sketch> sketches = written.stream().map(Sketch::of).toList();
    String closestA = null;
    String closestB = null;
    double closest = -1;
    for (int i = 0; i < sketches.size(); i++) {
      for (int j = i + 1; j < sketches.size(); j++) {
        String clusterA = written.get(i).getClusterId();
        if (clusterA != null && clusterA.equals(written.get(j).getClusterId())) {
          continue;
        }
        double similarity = MinHash.similarity(sketches.get(i).signature(), sketches.get(j).signature());
        if (similarity > closest) {
          closest = similarity;
          closestA = written.get(i).getDocId();
          closestB = written.get(j).getDocId();
        }
      }
    }
    return new Duplicates(groups, written.size(), closestA, closestB, closest);
  }

  private static List<Document> readDocuments(Path folder) {
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avro")).sorted().toList()) {
        try (DataFileReader<Document> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Document.class))) {
          reader.forEach(documents::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }
}
