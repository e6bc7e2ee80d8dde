package id.kutip.pipeline;

import id.kutip.output.FileAccounts;
import id.kutip.output.WriteRecords;
import id.kutip.pipeline.inspect.AvroFolder;
import id.kutip.schema.InputFile;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where each input file's records went, from the accounts the job wrote beside its records
 * ({@code _file-accounts/}, see {@code AccountForFiles}): merged into the manifest's input files, shown in the run
 * summary, and removed before the records are committed. A file the run matched but took nothing from is shown too:
 * a lost file is the worst failure the accounting exists to catch.
 */
final class FileAccounting {
  /** How many unbalanced files the summary names before it says "and N more". */
  private static final int NAMED = 10;

  private FileAccounting() {}

  /** The accounts under a run's records folder, by file URI. */
  static Map<String, InputFile> read(String recordsDir) throws IOException {
    Map<String, InputFile> accounts = new TreeMap<>();
    String folder = WriteRecords.folder(recordsDir, WriteRecords.FILE_ACCOUNTS).toString();
    AvroFolder.open(folder).forEach(record -> {
      InputFile account = InputFile.newBuilder()
          .setUri(record.get("uri").toString())
          .setSizeBytes(0)
          .setRecordsRead((Long) record.get("records_read"))
          .setDocumentsWritten((Long) record.get("documents_written"))
          .setDuplicatesDropped((Long) record.get("duplicates_dropped"))
          .setDeadLetters((Long) record.get("dead_letters"))
          .setQuoteDeadLetters((Long) record.get("quote_dead_letters"))
          .build();
      accounts.merge(account.getUri(), account, FileAccounts::sum);
      return true;
    });
    return accounts;
  }

  /** Deletes the accounts folder, so that the committed output holds only the records and the manifest. */
  static void remove(String recordsDir) throws IOException {
    ResourceId folder = WriteRecords.folder(recordsDir, WriteRecords.FILE_ACCOUNTS);
    MatchResult match = FileSystems.match(folder.toString() + "*");
    List<ResourceId> files = new ArrayList<>();
    if (match.status() == MatchResult.Status.OK) {
      match.metadata().forEach(m -> files.add(m.resourceId()));
    }
    files.add(folder); // the folder itself, where the filesystem has folders
    FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /** The matched files with their accounts; a matched file without one read nothing (0 everywhere). */
  static List<InputFile> withAccounts(List<InputFile> matched, Map<String, InputFile> accounts) {
    Map<String, InputFile> files = new TreeMap<>();
    for (InputFile file : matched) {
      InputFile account = accounts.get(file.getUri());
      files.put(file.getUri(), account == null ? file : InputFile.newBuilder(account)
          .setSizeBytes(file.getSizeBytes()).setLastModifiedMillis(file.getLastModifiedMillis()).build());
    }
    // Records of a file the match did not list (it appeared during the run) are shown rather than hidden.
    accounts.forEach(files::putIfAbsent);
    return new ArrayList<>(files.values());
  }

  /** The files whose records do not add up, or from which nothing was read. */
  static List<InputFile> unbalanced(List<InputFile> files) {
    return files.stream()
        .filter(f -> !FileAccounts.balanced(f) || f.getRecordsRead() == 0)
        .sorted(Comparator.comparing(InputFile::getUri))
        .toList();
  }

  static void print(PrintStream out, List<InputFile> files) {
    long read = files.stream().mapToLong(InputFile::getRecordsRead).sum();
    long written = files.stream().mapToLong(InputFile::getDocumentsWritten).sum();
    long dropped = files.stream().mapToLong(InputFile::getDuplicatesDropped).sum();
    long dead = files.stream().mapToLong(InputFile::getDeadLetters).sum();
    List<InputFile> unbalanced = unbalanced(files);
    out.printf("  accounting: %d files, records read %d = written %d + duplicates dropped %d + dead letters %d; %s%n",
        files.size(), read, written, dropped, dead,
        unbalanced.isEmpty() ? "every file balanced" : unbalanced.size() + " files NOT balanced:");
    unbalanced.stream().limit(NAMED).forEach(f -> out.printf(
        "    %s: read %d, written %d, duplicates dropped %d, dead letters %d%n",
        f.getUri(), f.getRecordsRead(), f.getDocumentsWritten(), f.getDuplicatesDropped(), f.getDeadLetters()));
    if (unbalanced.size() > NAMED) {
      out.printf("    and %d more (see input_files in the manifest)%n", unbalanced.size() - NAMED);
    }
  }
}
