package id.kutip.quotes;

/**
 * A quote as statement clustering compares it: its id, its document (quotes of one document are not linked) and
 * its sorted distinct word 3-gram hashes ({@link StatementShingles#shingles}). Each of a quote's bands carries it.
 */
record Statement(String quoteId, String docId, int[] shingles) {}
