package id.kutip.output;

import id.kutip.schema.InputFile;
import java.util.regex.Pattern;

/**
 * The plain-Java core of {@link AccountForFiles}: the input file a record came from, and the sum of two partial
 * accounts of one file. An account is an {@link InputFile} with only its counts set: the run's manifest adds the size
 * and modification time that the file had when the run matched it.
 */
public final class FileAccounts {
  /** What ReadDumps appends to a file's URI for one of its records: {@code #line=N} or {@code #record=N}. */
  private static final Pattern RECORD_FRAGMENT = Pattern.compile("#(?:line|record)=\\d++$");

  private FileAccounts() {}

  /** The input file of a record's {@code source_uri} (which may itself contain {@code #}). */
  public static String fileOf(String sourceUri) {
    return RECORD_FRAGMENT.matcher(sourceUri).replaceFirst("");
  }

  /** An empty account of {@code fileUri}. */
  public static InputFile.Builder of(String fileUri) {
    return InputFile.newBuilder().setUri(fileUri).setSizeBytes(0);
  }

  /** The two accounts of the same file added up. */
  public static InputFile sum(InputFile a, InputFile b) {
    return InputFile.newBuilder(a)
        .setRecordsRead(a.getRecordsRead() + b.getRecordsRead())
        .setDocumentsWritten(a.getDocumentsWritten() + b.getDocumentsWritten())
        .setDuplicatesDropped(a.getDuplicatesDropped() + b.getDuplicatesDropped())
        .setDeadLetters(a.getDeadLetters() + b.getDeadLetters())
        .setQuoteDeadLetters(a.getQuoteDeadLetters() + b.getQuoteDeadLetters())
        .build();
  }

  /** Whether every record read from the file was written, dropped as a duplicate or dead-lettered, once. */
  public static boolean balanced(InputFile account) {
    return account.getRecordsRead()
        == account.getDocumentsWritten() + account.getDuplicatesDropped() + account.getDeadLetters();
  }
}
