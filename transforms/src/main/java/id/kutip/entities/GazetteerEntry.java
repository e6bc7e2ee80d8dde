package id.kutip.entities;

import java.io.Serializable;

/** One entry of a gazetteer list: a canonical name of a type, from a named list, with an optional external id. */
public record GazetteerEntry(String canonical, String type, String list, String externalId) implements Serializable {}
