package id.kutip.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.StageResult;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.RawDocument;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadDumpsTest {
  @TempDir Path dir;

  private void write(String name, Compression compression, String content) throws Exception {
    try (OutputStream out = Channels.newOutputStream(
        compression.writeCompressed(Channels.newChannel(Files.newOutputStream(dir.resolve(name)))))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyCompressionIsDetectedFromTheExtension(TestPipeline p) throws Exception {
    write("a.txt.gz", Compression.GZIP, "Teks gzip.");
    write("b.txt.bz2", Compression.BZIP2, "Teks bzip2.");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("c.txt.zip")))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("c.txt")); // Beam reads zip but cannot write it
      zip.write("Teks zip.".getBytes(StandardCharsets.UTF_8));
    }
    write("d.txt.zst", Compression.ZSTD, "Teks zstd.");
    write("e.txt.deflate", Compression.DEFLATE, "Teks deflate.");
    write("f.jsonl.gz", Compression.GZIP, "{\"id\":\"f1\",\"text\":\"Satu.\"}\n{\"id\":\"f2\",\"text\":\"Dua.\"}\n");
    Files.write(dir.resolve("g.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}); // a cut gzip header

    StageResult<RawDocument> read = p.apply(ReadDumps.from(List.of(dir + "/*")));

    PAssert.that(read.output().apply("DocumentNames", MapElements.into(TypeDescriptors.strings()).via(d -> d.getDocId() + "=" + d.getText())))
        .containsInAnyOrder("a=Teks gzip.", "b=Teks bzip2.", "c=Teks zip.", "d=Teks zstd.", "e=Teks deflate.",
            "f1=Satu.", "f2=Dua.");
    PAssert.that(read.failures().apply("FailureReasons", MapElements.into(TypeDescriptors.strings()).via(DeadLetter::getReason)))
        .containsInAnyOrder("read-error");
    p.run().waitUntilFinish();
  }

  @Test
  void warcFilesCompressedPerRecordAreReadThroughTheFilesystem(TestPipeline p) throws Exception {
    // Beam inflates the concatenated gzip members of a .warc.gz before the WARC reader sees the records.
    Files.write(dir.resolve("crawl.warc.gz"), WarcSamples.gzippedWarc());
    Files.writeString(dir.resolve("halaman.html"), "<p>Isi.</p>", StandardCharsets.UTF_8);

    StageResult<RawDocument> read = p.apply(ReadDumps.from(List.of(dir + "/*")));

    PAssert.that(read.output().apply("Formats", MapElements.into(TypeDescriptors.strings()).via(d -> d.getDocId() + ":" + d.getFormat())))
        .containsInAnyOrder(WarcSamples.PAGE_ID + ":warc", WarcSamples.LEGACY_ID + ":warc", "halaman:html");
    PAssert.that(read.failures()).empty();
    p.run().waitUntilFinish();
  }

  /** Without the spread, the same documents and dead letters, and no grouping between reading and what follows. */
  @Test
  void documentsReadWithoutTheSpreadAreTheSame(TestPipeline p) throws Exception {
    write("f.jsonl.gz", Compression.GZIP,
        "{\"id\":\"f1\",\"text\":\"Satu.\"}\n{\"id\":\"f2\",\"text\":\"Dua.\"}\nbukan json\n");
    Files.writeString(dir.resolve("halaman.html"), "<p>Isi.</p>", StandardCharsets.UTF_8);

    StageResult<RawDocument> spread = p.apply("Spread", ReadDumps.from(List.of(dir + "/*")));
    StageResult<RawDocument> notSpread = p.apply("NotSpread", ReadDumps.from(List.of(dir + "/*")).withSpread(false));

    for (StageResult<RawDocument> read : List.of(spread, notSpread)) {
      String name = read == spread ? "Spread" : "NotSpread";
      PAssert.that(name + " documents", read.output().apply(name + "Texts", MapElements.into(TypeDescriptors.strings()).via(d -> d.getDocId() + "=" + d.getText())))
          .containsInAnyOrder("f1=Satu.", "f2=Dua.", "halaman=<p>Isi.</p>");
      PAssert.that(name + " dead letters", read.failures().apply(name + "Reasons",
              MapElements.into(TypeDescriptors.strings()).via(DeadLetter::getReason)))
          .containsInAnyOrder("malformed-json");
    }
    List<String> steps = new ArrayList<>();
    p.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
        steps.add(node.getFullName());
        return CompositeBehavior.ENTER_TRANSFORM;
      }
    });
    assertTrue(steps.contains("Spread/SpreadDocuments"), steps.toString());
    assertTrue(steps.stream().noneMatch(step -> step.startsWith("NotSpread/SpreadDocuments")), steps.toString());
    p.run().waitUntilFinish();
  }

  /** A file that two patterns match, or one pattern given twice, is read once: its documents are not doubled. */
  @Test
  void aFileMatchedByOverlappingPatternsIsReadOnce(TestPipeline p) throws Exception {
    write("f.jsonl.gz", Compression.GZIP, "{\"id\":\"f1\",\"text\":\"Satu.\"}\n{\"id\":\"f2\",\"text\":\"Dua.\"}\n");
    Files.writeString(dir.resolve("halaman.html"), "<p>Isi.</p>", StandardCharsets.UTF_8);

    StageResult<RawDocument> read = p.apply(ReadDumps.from(
        List.of(dir + "/*", dir + "/f.jsonl.gz", dir + "/*.html", dir + "/*.html")));

    PAssert.that(read.output().apply("Sources", MapElements.into(TypeDescriptors.strings())
            .via(d -> d.getDocId() + "@" + Path.of(d.getSourceUri().replaceFirst("^file:", "")).getFileName())))
        .containsInAnyOrder("f1@f.jsonl.gz#line=1", "f2@f.jsonl.gz#line=2", "halaman@halaman.html");
    PAssert.that(read.failures()).empty();
    p.run().waitUntilFinish();
  }
}
