package id.kutip.sentences;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this JVM compiles CoreNLP's tokenizer. The lexer's main method ({@code PTBLexer.next}, 10,741 bytes of
 * bytecode in CoreNLP 4.5) is over HotSpot's limit for a method it compiles (8,000 bytes, while
 * {@code DontCompileHugeMethods} is on, the default), so with the default flags every token is lexed by the
 * interpreter: tokenize+ssplit took about three times as long (docs/PERFORMANCE.md, thirteenth pass). With
 * {@code -XX:-TieredCompilation} HotSpot's C2 compiler, alone, compiled the lexer all the same (seen with
 * {@code -XX:+PrintCompilation}, and in the same time). The job cannot set a JVM flag for itself, so a worker that
 * would tokenize interpreted says so where it builds its one splitter ({@link SentenceSplitter#shared}), naming the
 * flag.
 */
public final class HugeMethods {
  /** The JVM flag that lets HotSpot compile the tokenizer's lexer. */
  public static final String FLAG = "-XX:-DontCompileHugeMethods";
  private static final String OPTION = "DontCompileHugeMethods";
  private static final String TIERED = "TieredCompilation";
  private static final Logger LOG = LoggerFactory.getLogger(HugeMethods.class);

  private HugeMethods() {}

  /**
   * True if this JVM compiles methods over HotSpot's size limit (huge methods allowed, or tiered compilation off),
   * false if not, empty if it is not HotSpot.
   */
  public static Optional<Boolean> compiled() {
    try {
      HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (hotSpot == null) {
        return Optional.empty();
      }
      boolean hugeRefused = Boolean.parseBoolean(hotSpot.getVMOption(OPTION).getValue());
      boolean tiered = Boolean.parseBoolean(hotSpot.getVMOption(TIERED).getValue());
      return Optional.of(!hugeRefused || !tiered);
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      // Not HotSpot (no such option or no diagnostic bean): nothing is known, so nothing is said.
      return Optional.empty();
    }
  }

  /** The warning for this JVM, if it would lex every token in the interpreter. */
  static Optional<String> warning() {
    return compiled().filter(compiles -> !compiles).map(interpreted -> ADVICE);
  }

  static final String ADVICE = "CoreNLP's tokenizer runs in the interpreter in this JVM: its lexer is over HotSpot's"
      + " size limit for compiling a method. Start the JVM with " + FLAG + " (about 3 times faster tokenizing; on"
      + " Flink, in env.java.opts.taskmanager).";

  /** Logs {@link #warning()}, if there is one; called once per JVM, where the shared splitter is built. */
  static void warnIfInterpreted() {
    warning().ifPresent(LOG::warn);
  }
}
