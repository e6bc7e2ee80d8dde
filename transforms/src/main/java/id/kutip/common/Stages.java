package id.kutip.common;

/** The names of the stages, as they appear in dead letters and metrics. */
public final class Stages {
  public static final String READ = "ReadDumps";
  public static final String CLEAN = "CleanDocuments";
  public static final String DUPLICATES = "FindDuplicates";
  public static final String SENTENCES = "SplitSentences";
  public static final String ENTITIES = "TagEntities";
  public static final String QUOTES = "AttributeQuotes";

  private Stages() {}
}
