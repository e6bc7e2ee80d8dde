package id.kutip.entities;

import java.io.Serializable;

/**
 * One entry of a gazetteer list: a canonical name of a type, from a named list, with an optional external id and,
 * for a LOCATION, an optional subtype ({@code country}, {@code province}, {@code city}, {@code other}).
 */
public record GazetteerEntry(String canonical, String type, String list, String externalId, String subtype)
    implements Serializable {
  public GazetteerEntry(String canonical, String type, String list, String externalId) {
    this(canonical, type, list, externalId, null);
  }
}
