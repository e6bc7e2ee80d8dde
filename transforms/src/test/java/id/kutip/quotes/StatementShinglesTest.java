package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.junit.jupiter.api.Test;

class StatementShinglesTest {
  @Test
  void shinglesAreThoseOfTheRegexWay() {
    // The scanner against the way shingles were first cut: punctuation to spaces by regex, a split, string hashes.
    List<String> pieces = List.of("Kami", "siap", "berdialog", "dengan", "Rusia", "harga", "beras", "naik", "2023",
        "78,1", "persen", "negara-negara", "Ma'ruf", "“", "”", "\"", ",", ".", "...", " ", "  ", "\n", "\t", "\u00A0",
        "İstanbul", "ﬁnal", "①", "Ⅻ", "٣", "𝒜", "e\u0301", "\uD800", "_", "½", "፩", "𐄇", "ÇAĞ", "x");
    Random random = new Random(20261204L);
    int nonEmpty = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      int[] expected = byRegex(text.toString());
      assertArrayEquals(expected, StatementShingles.shingles(text.toString()), text.toString());
      nonEmpty += expected.length > 0 ? 1 : 0;
    }
    assertTrue(nonEmpty > 5_000, nonEmpty + " texts with shingles");
  }

  private static int[] byRegex(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", " ");
    String[] words = Arrays.stream(clean.split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length < StatementShingles.MIN_WORDS) {
      return new int[0];
    }
    int[] hashes = new int[words.length - 2];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = (words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]).hashCode();
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  @Test
  void aStatementSurvivesItsCoder() throws IOException {
    Statement statement = new Statement("q-1", "kompas-7", new int[] {Integer.MIN_VALUE, -1, 0, 1, 0x01020304});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatementCoder.of().encode(statement, out);
    byte[] bytes = out.toByteArray();
    Statement back = StatementCoder.of().decode(new ByteArrayInputStream(bytes));
    assertEquals("q-1", back.quoteId());
    assertEquals("kompas-7", back.docId());
    assertArrayEquals(statement.shingles(), back.shingles());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length));

    assertThrows(EOFException.class,
        () -> StatementCoder.of().decode(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 3))));
    byte[] corrupt = bytes.clone();
    corrupt[1 + "q-1".length() + 1 + "kompas-7".length()] = (byte) 0x7f; // the count: 127, more than the bytes left
    assertThrows(EOFException.class, () -> StatementCoder.of().decode(new ByteArrayInputStream(corrupt)));
  }

  @Test
  void aStatementIsEncodedOnceAndWrittenAsItsFields() throws IOException {
    Statement statement = new Statement("q-é“1”", "tempo-∑", new int[] {7, -7});
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    StringUtf8Coder.of().encode("q-é“1”", expected);
    StringUtf8Coder.of().encode("tempo-∑", expected);
    VarIntCoder.of().encode(2, expected);
    expected.write(new byte[] {0, 0, 0, 7, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf9});

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatementCoder.of().encode(statement, out);
    byte[] kept = statement.encoded();
    StatementCoder.of().encode(statement, out); // a second band entry of the same quote
    assertSame(kept, statement.encoded(), "the bytes are made once");
    byte[] twice = out.toByteArray();
    assertArrayEquals(expected.toByteArray(), Arrays.copyOfRange(twice, 0, twice.length / 2));
    assertArrayEquals(expected.toByteArray(), Arrays.copyOfRange(twice, twice.length / 2, twice.length));

    ByteArrayInputStream in = new ByteArrayInputStream(twice);
    for (int i = 0; i < 2; i++) {
      Statement back = StatementCoder.of().decode(in);
      assertEquals("q-é“1”", back.quoteId());
      assertEquals("tempo-∑", back.docId());
      assertArrayEquals(new int[] {7, -7}, back.shingles());
    }
  }

  @Test
  void aNegativeOrHugeCountIsACorruptStream() throws IOException {
    for (int count : new int[] {-1, StatementCoder.MAX_SHINGLES + 1}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringUtf8Coder.of().encode("q", out);
      StringUtf8Coder.of().encode("d", out);
      VarIntCoder.of().encode(count, out);
      assertThrows(CoderException.class,
          () -> StatementCoder.of().decode(new ByteArrayInputStream(out.toByteArray())), "count " + count);
    }
  }

  /**
   * The compact band keys group texts exactly as the hex-string keys they replaced: over many texts, equal compact
   * keys are equal string keys and the reverse (a one-to-one map between the two).
   */
  @Test
  void bandKeysGroupTextsAsTheStringKeysDid() {
    java.util.Map<BandKey, String> toString = new java.util.HashMap<>();
    java.util.Map<String, BandKey> toKey = new java.util.HashMap<>();
    int shared = 0;
    for (String[] quote : StatementClustersReference.randomQuotes(20261204L, 5_000, 30)) {
      int[] shingles = StatementShingles.shingles(quote[2]);
      List<BandKey> keys = StatementShingles.bandKeys(shingles);
      List<String> strings = StatementClustersReference.stringBandKeys(shingles);
      assertEquals(shingles.length == 0 ? 0 : StatementShingles.BANDS, keys.size());
      for (int band = 0; band < keys.size(); band++) {
        assertEquals(band, keys.get(band).band());
        String before = toString.putIfAbsent(keys.get(band), strings.get(band));
        BandKey beforeKey = toKey.putIfAbsent(strings.get(band), keys.get(band));
        if (before != null) {
          shared++;
          assertEquals(before, strings.get(band));
        }
        if (beforeKey != null) {
          assertEquals(beforeKey, keys.get(band));
          assertEquals(beforeKey.hashCode(), keys.get(band).hashCode());
        }
      }
    }
    assertTrue(shared > 10_000, shared + " band entries met an earlier one");
  }

  @Test
  void aBandKeySurvivesItsCoder() throws IOException {
    BandKey key = new BandKey(9, Long.MIN_VALUE, -1L, 0x0102030405060708L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BandKeyCoder.of().encode(key, out);
    byte[] bytes = out.toByteArray();
    assertEquals(BandKeyCoder.BYTES, bytes.length);
    assertEquals(key, BandKeyCoder.of().decode(new ByteArrayInputStream(bytes)));
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, Arrays.copyOfRange(bytes, 17, 25));
    assertThrows(EOFException.class,
        () -> BandKeyCoder.of().decode(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1))));
    assertThrows(CoderException.class, () -> BandKeyCoder.of().encode(new BandKey(256, 0, 0, 0), out));
  }

  /** The bucket of a band key must not depend on the JVM: its hash is spelled out, and pinned here. */
  @Test
  void aBandKeysHashIsFixed() {
    assertEquals(new BandKey(3, 1L, 2L, 3L).hashCode(), new BandKey(3, 1L, 2L, 3L).hashCode());
    long h = ((3L * 0x9E3779B97F4A7C15L + 1L) * 0x9E3779B97F4A7C15L + 2L) * 0x9E3779B97F4A7C15L + 3L;
    assertEquals((int) (h ^ (h >>> 32)), new BandKey(3, 1L, 2L, 3L).hashCode());
  }
}
