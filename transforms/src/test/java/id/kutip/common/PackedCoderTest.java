package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/**
 * A packed value is its coder's bytes behind their length, read back whole and decoded to what was packed; a stream
 * cut short or a length no value can have is an error, never a value.
 */
class PackedCoderTest {
  private static final ListCoder<KV<String, Integer>> LIST =
      ListCoder.of(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()));
  private static final PackedCoder<List<KV<String, Integer>>> PACKED = PackedCoder.of(LIST);

  @Test
  void theBytesAreTheValueCodersBehindTheirLength() throws IOException {
    List<KV<String, Integer>> list = List.of(KV.of("band3:ff", 1), KV.of("“kutip”", -7), KV.of("", 300));
    Packed<List<KV<String, Integer>>> packed = PACKED.pack(list);
    byte[] inner = CoderUtils.encodeToByteArray(LIST, list);

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    VarInt.encode(inner.length, expected);
    expected.write(inner);
    assertArrayEquals(expected.toByteArray(), CoderUtils.encodeToByteArray(PACKED, packed));
    assertEquals(inner.length, packed.size());
    assertEquals(list, packed.get());
    assertEquals(list, CoderUtils.decodeFromByteArray(PACKED, expected.toByteArray()).get());
  }

  @Test
  void valuesOfEverySizeComeBackInOrderFromOneStream() throws Exception {
    List<Packed<List<KV<String, Integer>>>> sent = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int size : new int[] {0, 1, 2, 63, 64, 500, 20_000}) {
      List<KV<String, Integer>> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(KV.of("entry-" + i, i * 31));
      }
      Packed<List<KV<String, Integer>>> packed = PACKED.pack(list);
      sent.add(packed);
      PACKED.encode(packed, out);
    }
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    for (Packed<List<KV<String, Integer>>> packed : sent) {
      Packed<List<KV<String, Integer>>> back = PACKED.decode(in);
      assertEquals(packed, back);
      assertEquals(packed.get(), back.get());
    }
    assertEquals(0, in.available());
    CoderProperties.coderDecodeEncodeEqual(PACKED, sent.get(4));
    CoderProperties.coderDeterministic(PACKED, sent.get(3), PACKED.pack(sent.get(3).get()));
  }

  @Test
  void aCutStreamOrAnImpossibleLengthIsAnError() throws IOException {
    byte[] bytes = CoderUtils.encodeToByteArray(PACKED, PACKED.pack(List.of(KV.of("a", 1), KV.of("b", 2))));
    assertThrows(EOFException.class,
        () -> PACKED.decode(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1))));

    ByteArrayOutputStream negative = new ByteArrayOutputStream();
    VarInt.encode(-5, negative);
    assertThrows(CoderException.class, () -> PACKED.decode(new ByteArrayInputStream(negative.toByteArray())));
    ByteArrayOutputStream huge = new ByteArrayOutputStream();
    VarInt.encode(RecordBytes.MAX_BYTES + 1, huge);
    assertThrows(CoderException.class, () -> PACKED.decode(new ByteArrayInputStream(huge.toByteArray())));
  }

  @Test
  void packedValuesAreEqualByTheirBytesAndAsDeterministicAsTheirCoder() throws Exception {
    assertEquals(PACKED.pack(List.of(KV.of("x", 1))), PACKED.pack(List.of(KV.of("x", 1))));
    assertNotEquals(PACKED.pack(List.of(KV.of("x", 1))), PACKED.pack(List.of(KV.of("x", 2))));
    PACKED.verifyDeterministic();
    Coder<Packed<java.util.Map<String, Integer>>> unordered =
        PackedCoder.of(MapCoder.of(StringUtf8Coder.of(), VarIntCoder.of()));
    assertThrows(Coder.NonDeterministicException.class, unordered::verifyDeterministic);
  }
}
