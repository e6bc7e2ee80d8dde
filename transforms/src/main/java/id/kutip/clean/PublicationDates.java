package id.kutip.clean;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as dumps write them ({@code Jumat, 3 Maret 2023 07:31 WIB}, {@code 02/03/2023, 22:01 WIB},
 * {@code 10 Jun 2025 22:32}, ISO 8601) into a UTC instant and the offset of the time as printed. The forms are the
 * patterns of {@code dates.tsv}; month names come from {@code months.tsv}, zones from {@code zones.tsv}. Relative
 * times ({@code 20 jam lalu}) match no pattern: they belong to teasers, not to the article.
 */
public final class PublicationDates implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MIN_YEAR = 1990;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final int MAX_YEAR = 2100;

  /** A publication time: the instant and the offset of the local time the source printed ({@code +07:00}). */
  public record Published(Instant instant, String offset) {
    /** The time as printed, in ISO 8601 with its offset ({@code 2023-03-03T07:31:00+07:00}). */
    public String local() {
      return LOCAL.format(instant.atOffset(ZoneOffset.of(offset)));
    }
  }

  private final List<Pattern> patterns = new ArrayList<>();
  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, String> zones = new HashMap<>();
  private final String defaultOffset;

  private PublicationDates() {
    for (String[] row : ResourceLists.table(LineRules.FOLDER + "dates.tsv", 2)) {
      patterns.add(Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    for (String[] row : ResourceLists.table(LineRules.FOLDER + "months.tsv", 2)) {
      months.put(row[0].strip(), Integer.parseInt(row[1].strip()));
    }
    for (String[] row : ResourceLists.table(LineRules.FOLDER + "zones.tsv", 2)) {
      zones.put(row[0].strip(), row[1].strip());
    }
    defaultOffset = zones.getOrDefault("default", "+00:00");
  }

  private static final PublicationDates BUNDLED = new PublicationDates();

  public static PublicationDates bundled() {
    return BUNDLED;
  }

  /**
   * The first date in {@code text} that the patterns read, or null.
   *
   * @param requireTime only a date with a time of day counts: a header line such as {@code 10 Juni 2025 - 18:38 WIB}
   *     is a publication time, a date alone in a line ({@code Kamis (2/3/2023)}) may be anything
   */
  public Published find(String text, boolean requireTime) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Published published = read(m, requireTime);
        if (published != null) {
          return published;
        }
      }
    }
    return null;
  }

  private Published read(Matcher m, boolean requireTime) {
    String hourText = group(m, "hour");
    if (requireTime && hourText == null) {
      return null;
    }
    Integer month = month(group(m, "month"));
    String dayText = group(m, "day");
    String yearText = group(m, "year");
    if (month == null || dayText == null || yearText == null) {
      return null;
    }
    int day = Integer.parseInt(dayText);
    boolean numericMonth = Character.isDigit(group(m, "month").charAt(0));
    if (numericMonth && month > 12 && day <= 12) {
      int swap = month;
      month = day;
      day = swap;
    }
    int year = Integer.parseInt(yearText);
    int hour = hourText == null ? 0 : Integer.parseInt(hourText);
    int minute = hourText == null ? 0 : Integer.parseInt(group(m, "minute"));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    String offset = offset(group(m, "zone"));
    if (offset == null) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute);
      return new Published(local.toInstant(ZoneOffset.of(offset)), offset);
    } catch (DateTimeException e) {
      return null; // 31 Juni, 25:00: not a date after all
    }
  }

  private Integer month(String text) {
    if (text == null) {
      return null;
    }
    if (Character.isDigit(text.charAt(0))) {
      int value = Integer.parseInt(text);
      return value >= 1 && value <= 31 ? value : null;
    }
    return months.get(text.toLowerCase(Locale.ROOT));
  }

  private String offset(String zone) {
    if (zone == null) {
      return defaultOffset;
    }
    String known = zones.get(zone.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    String digits = zone.replace(":", "");
    if (digits.matches("[+-]\\d{4}")) {
      return digits.substring(0, 3) + ":" + digits.substring(3);
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    if (!m.pattern().pattern().contains("(?<" + name + ">")) {
      return null;
    }
    return m.group(name);
  }
}
