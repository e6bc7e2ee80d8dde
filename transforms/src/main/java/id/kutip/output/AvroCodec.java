package id.kutip.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.file.CodecFactory;

/**
 * The block codecs the writers offer, by the name Avro writes in a file's {@code avro.codec} header.
 *
 * <p>Deflate is the default because every Avro reader reads it. The two others are much cheaper to write, but a
 * reader must have them. Writing the split and tagged documents ({@code CoreBenchmarks.write*}), zstandard at level
 * 3 takes about a quarter of deflate 6's time and snappy about a sixth; at 100,000 synthetic documents zstandard's
 * files were 1.02 times deflate 6's bytes (quotes 0.99), and snappy's documents about 1.45 times
 * (docs/PERFORMANCE.md, fourteenth pass).
 */
public enum AvroCodec {
  /** zlib's deflate at {@code --avroDeflateLevel}: read by every Avro reader. */
  DEFLATE,
  /** Snappy: the fastest to write, the largest files. */
  SNAPPY,
  /**
   * Zstandard at level {@value #ZSTANDARD_LEVEL}: deflate 6's file sizes at a fraction of its CPU; needs a reader on
   * Avro 1.9 or later with zstd support.
   */
  ZSTANDARD;

  /** Zstandard's level: Avro's and zstd's own default, where files came out as small as deflate 6's. */
  public static final int ZSTANDARD_LEVEL = 3;

  /** The codec's name as Avro writes it in a file's header, and as {@code --avroCodec} takes it. */
  public String avroName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The codec of this name ({@link #avroName}), if the writers offer it. */
  public static Optional<AvroCodec> named(String name) {
    return Arrays.stream(values()).filter(codec -> codec.avroName().equals(name)).findFirst();
  }

  /** The names the writers offer, for messages: {@code deflate, snappy or zstandard}. */
  public static String names() {
    String all = Arrays.stream(values()).map(AvroCodec::avroName).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  /** Avro's codec for the writer; {@code deflateLevel} counts only for {@link #DEFLATE}. */
  public CodecFactory factory(int deflateLevel) {
    return switch (this) {
      case DEFLATE -> CodecFactory.deflateCodec(deflateLevel);
      case SNAPPY -> CodecFactory.snappyCodec();
      case ZSTANDARD -> CodecFactory.zstandardCodec(ZSTANDARD_LEVEL);
    };
  }
}
