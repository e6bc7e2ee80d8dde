package id.kutip.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** The bundled sample dumps, and a folder of bad inputs made next to them for a run. */
final class Samples {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SEEDS = REPO.resolve("src/samples/seeds");
  static final Path IDNEWS_DEV = REPO.resolve("src/samples/idnews-dev/articles.jsonl");

  private Samples() {}

  /**
   * Writes into {@code dir}: the seeds gzipped, a JSON Lines file of two good records and one malformed line, an
   * empty file and a file of random bytes. Good documents: 5 + 2; dead letters: 3.
   */
  static void writeMixedInputs(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(seed.getFileName() + ".gz")))) {
          Files.copy(seed, out);
        }
      }
    }
    Files.writeString(dir.resolve("scrape.jsonl"),
        "{\"id\":\"j1\",\"outlet\":\"detik.com\",\"text\":\"Menurut Ariston Tjendra, rupiah melemah karena tarif baru AS.\"}\n"
            + "{\"id\":\"j2\",\"text\":\"\\\"Kami akan terus memantau pasar,\\\" kata Ariston.\"}\n"
            + "{\"id\":\"broken\",\"text\":\"tidak ditutup\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Files.write(dir.resolve("noise.txt"), noise);
  }
}
