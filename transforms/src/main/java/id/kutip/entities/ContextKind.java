package id.kutip.entities;

import java.util.Locale;

/**
 * The kinds of context word in {@code context-words.tsv}: what a word next to a capitalised run says about it. An
 * enum rather than the file's strings so that a rule's question about a token is an array index, not a map lookup
 * (the tagger asks a token about several kinds in turn), and so that a misspelt kind in the file fails at load.
 */
enum ContextKind {
  /** May stand between a name and its verb ({@code juga}). */
  ADVERB,
  /** A speech verb before a name ({@code kata}). */
  CUE,
  /** Before a person's name, not part of it ({@code Presiden}). */
  HONORIFIC,
  /** A word before a place ({@code di}). */
  LOCATIVE,
  /** An everyday word that is also a part of names ({@code Putra}). */
  NAME_PART,
  /** Starts an organisation's name and is part of it. */
  ORG_HEAD,
  /** The same, for names that are themselves proper words ({@code PT}). */
  ORG_HEAD_PROPER,
  /** A passive speech verb before the speaker, anywhere in a sentence ({@code dinilai}). */
  PASSIVE_CUE,
  /** Starts a place's name and is part of it. */
  PLACE_HEAD,
  /** The same, but a name must follow, not everyday words only. */
  PLACE_HEAD_PROPER,
  /** A verb after a name that only people do. */
  VERB;

  private static final ContextKind[] ALL = values();

  /** As written in the file: lower case, words joined by hyphens. */
  String written() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind written so in the file, or null. */
  static ContextKind fromWritten(String written) {
    for (ContextKind kind : ALL) {
      if (kind.written().equals(written)) {
        return kind;
      }
    }
    return null;
  }
}
