package id.kutip.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** All word lists of the quotes stage, loaded once per JVM. Immutable and thread-safe. */
record QuoteLexicons(
    CueLexicon cues, Set<String> notNames, List<String> anonymousHeads, List<String> determiners,
    Set<String> adverbs, Set<String> negations, List<String> connectives, Set<String> passiveCues,
    List<Relay> relays, Set<String> contentPointers, ParagraphCues paragraphCues) {

  static QuoteLexicons bundled() {
    List<String> heads = WordLists.load("/id/kutip/quotes/anonymous-heads.txt");
    // Longer heads first, so `juru bicara` wins over a shorter prefix.
    heads = heads.stream().sorted((a, b) -> b.length() - a.length()).toList();
    CueLexicon cues = CueLexicon.bundled();
    Set<String> passiveCues = new HashSet<>(WordLists.firstColumn("/id/kutip/quotes/passive-cues.tsv"));
    return new QuoteLexicons(
        cues,
        new HashSet<>(WordLists.load("/id/kutip/entities/not-names.txt")),
        heads,
        WordLists.load("/id/kutip/quotes/determiners.txt").stream().sorted((a, b) -> b.length() - a.length()).toList(),
        new HashSet<>(WordLists.load("/id/kutip/quotes/adverbs.txt")),
        new HashSet<>(WordLists.load("/id/kutip/quotes/negations.txt")),
        WordLists.load("/id/kutip/quotes/connectives.txt").stream().sorted((a, b) -> b.length() - a.length()).toList(),
        passiveCues,
        Relay.bundled(),
        new HashSet<>(WordLists.load("/id/kutip/quotes/content-pointers.txt")),
        new ParagraphCues(cues, passiveCues));
  }
}
