package id.kutip.evaluation;

import java.util.List;

/** One gold quote of a document, in the form of {@code src/gold/GUIDELINES.md}. */
public record GoldQuote(
    String doc, String type, String quote, String speaker, String speakerKind, List<String> speakerAliases, String cue) {}
