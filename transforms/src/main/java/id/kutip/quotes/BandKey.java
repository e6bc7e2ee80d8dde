package id.kutip.quotes;

/**
 * One band of a statement's MinHash signature: the band's number and its {@value StatementShingles#ROWS} row minima.
 * Quotes with equal keys agree on a whole band and are compared. The key is the exact tuple, not a hash of it, so
 * that two bands meet only when they are equal: a band too large to compare pair by pair links its members without
 * a Jaccard check, and a hash collision there would link statements that share nothing.
 *
 * <p>{@link #hashCode} is written out rather than left to the record's default, which the JDK does not specify: it
 * picks the key's shuffle bucket, which must be the same on every worker and every run.
 */
record BandKey(int band, long row0, long row1, long row2) {
  @Override
  public int hashCode() {
    long h = band;
    h = h * 0x9E3779B97F4A7C15L + row0;
    h = h * 0x9E3779B97F4A7C15L + row1;
    h = h * 0x9E3779B97F4A7C15L + row2;
    h ^= h >>> 32;
    return (int) h;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BandKey key
        && band == key.band && row0 == key.row0 && row1 == key.row1 && row2 == key.row2;
  }
}
