package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HugeMethodsTest {
  /** HotSpot's {@code HugeMethodLimit}: bytecode bytes above which a method is not compiled by default. */
  private static final int HOTSPOT_HUGE_METHOD_LIMIT = 8000;

  /**
   * The reason for the flag: the lexer's main method is over HotSpot's limit. Should a CoreNLP upgrade bring it under
   * the limit, this fails, and the advice (README, docs/PERFORMANCE.md, the warning) should go.
   */
  @Test
  void coreNlpsLexerIsOverHotSpotsLimitForCompilingAMethod() throws IOException {
    // PTBLexer is package-private: its class file is read beside PTBTokenizer, the public class that uses it.
    int length = codeLength(edu.stanford.nlp.process.PTBTokenizer.class, "PTBLexer", "next", "()Ljava/lang/Object;");
    assertTrue(length > HOTSPOT_HUGE_METHOD_LIMIT, "PTBLexer.next has " + length + " bytes of bytecode");
  }

  /** What the JVM reports is what it was started with (the tests run with the flag: see transforms/pom.xml). */
  @Test
  void theJvmsSettingIsReadAsItWasStarted() {
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean hugeAllowed = flags.lastIndexOf(HugeMethods.FLAG) > flags.lastIndexOf("-XX:+DontCompileHugeMethods");
    boolean tieredOff = flags.lastIndexOf("-XX:-TieredCompilation") > flags.lastIndexOf("-XX:+TieredCompilation");
    assertEquals(Optional.of(hugeAllowed || tieredOff), HugeMethods.compiled());
    assertEquals(!hugeAllowed && !tieredOff, HugeMethods.warning().isPresent());
  }

  @Test
  void theWarningNamesTheFlagThatHotSpotKnows() {
    assertTrue(HugeMethods.ADVICE.contains(" " + HugeMethods.FLAG + " "), HugeMethods.ADVICE);
    // The flag is the negation of an option this JVM has (a misspelt one would stop the JVM from starting).
    String option = HugeMethods.FLAG.substring("-XX:-".length());
    assertTrue(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
        .getVMOption(option).getValue().matches("true|false"), option);
  }

  /** The {@code code_length} of a method's Code attribute, read from its class file (JVMS 4.1, 4.7.3). */
  private static int codeLength(Class<?> beside, String className, String name, String descriptor)
      throws IOException {
    try (InputStream raw = beside.getResourceAsStream(className + ".class");
        DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            i++; // longs and doubles take two entries
          }
          case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      in.skipNBytes(6); // access flags, this class, super class
      in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
      int fields = in.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        in.skipNBytes(6);
        skipAttributes(in);
      }
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        in.readUnsignedShort(); // access flags
        String methodName = utf8[in.readUnsignedShort()];
        String methodDescriptor = utf8[in.readUnsignedShort()];
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (attribute.equals("Code") && methodName.equals(name) && methodDescriptor.equals(descriptor)) {
            in.readUnsignedShort(); // max stack
            in.readUnsignedShort(); // max locals
            return in.readInt();
          }
          in.skipNBytes(length);
        }
      }
      throw new IOException(className + " has no method " + name + descriptor);
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipNBytes(in.readInt());
    }
  }
}
