package id.kutip.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.junit.jupiter.api.Test;

class SketchCoderTest {
  private static final Sketch SKETCH = new Sketch("file:///a.jsonl#line=3", "kompas-1", 1_700_000_000_000L, 4321,
      0x1234_5678_9abc_def0L, new short[] {0, 1, -1, Short.MIN_VALUE, Short.MAX_VALUE, 0x0102});

  private static byte[] encoded(Sketch sketch) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SketchCoder.of().encode(sketch, out);
    return out.toByteArray();
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() throws IOException {
    Sketch back = SketchCoder.of().decode(new ByteArrayInputStream(encoded(SKETCH)));
    assertEquals(SKETCH.key(), back.key());
    assertEquals(SKETCH.docId(), back.docId());
    assertEquals(SKETCH.publishedMillis(), back.publishedMillis());
    assertEquals(SKETCH.length(), back.length());
    assertEquals(SKETCH.contentHash(), back.contentHash());
    assertArrayEquals(SKETCH.signature(), back.signature());
  }

  @Test
  void theSignatureIsTwoBigEndianBytesPerValueAtTheEnd() throws IOException {
    byte[] bytes = encoded(SKETCH);
    byte[] tail = Arrays.copyOfRange(bytes, bytes.length - 12, bytes.length);
    assertArrayEquals(new byte[] {0, 0, 0, 1, -1, -1, -128, 0, 127, -1, 1, 2}, tail);
  }

  @Test
  void aCutOrCorruptSignatureIsAnErrorNotAWrongSketch() throws IOException {
    byte[] bytes = encoded(SKETCH);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    assertThrows(EOFException.class, () -> SketchCoder.of().decode(new ByteArrayInputStream(cut)));

    // The same header with a signature length no sketch has.
    byte[] header = Arrays.copyOf(bytes, bytes.length - 13); // the length (one varint byte for 6) and the values off
    ByteArrayOutputStream corrupt = new ByteArrayOutputStream();
    corrupt.write(header);
    VarIntCoder.of().encode(SketchCoder.MAX_SIGNATURE + 1, corrupt);
    assertThrows(CoderException.class,
        () -> SketchCoder.of().decode(new ByteArrayInputStream(corrupt.toByteArray())));
  }
}
