package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
