package id.kutip.clean;

import id.kutip.common.RejectedInputException;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a raw dump into the article's own paragraphs and its metadata. The steps, in order:
 *
 * <ol>
 *   <li>HTML and WARC pages become block text ({@link HtmlExtractor}); Unicode and line ends are normalised
 *       ({@link TextNormalizer});
 *   <li>boilerplate lines are dropped, bylines recorded, end-of-article markers noted ({@link LineFilter});
 *   <li>lines split where a link was are joined back ({@link ParagraphJoiner}), and the rules applied again to the
 *       joined paragraphs ({@link ParagraphRules});
 *   <li>a paragraph repeated, alone or glued to its neighbours, is kept once ({@link RepeatedParagraphs});
 *   <li>the header before a dateline is dropped, its title and date kept ({@link ArticleHeader}); the body ends at
 *       the first end-of-article marker after it has started;
 *   <li>headline-like paragraphs (subheads, captions, related links) are dropped ({@link BodySelector});
 *   <li>the language is identified ({@link LanguageIdentifier}).
 * </ol>
 *
 * Metadata given by the input (JSON Lines fields) takes precedence over what the page or the text says. Paragraphs
 * are joined by a blank line in {@code Document.text}.
 */
public final class DocumentCleaner {
  public static final String EMPTY_BODY = "empty-body";
  public static final String NOT_INDONESIAN = "not-indonesian";

  private final LineRules rules;
  private final boolean rejectNonIndonesian;
  private final LineFilter lineFilter;
  private final PublicationDates dates = PublicationDates.bundled();
  private final Outlets outlets = Outlets.bundled();
  private final LanguageIdentifier languages = LanguageIdentifier.bundled();

  public DocumentCleaner(LineRules rules) {
    this(rules, false);
  }

  /**
   * @param rejectNonIndonesian a document identified as another language becomes a rejection
   *     ({@value #NOT_INDONESIAN}); one whose language cannot be told is kept
   */
  public DocumentCleaner(LineRules rules, boolean rejectNonIndonesian) {
    this.rules = rules;
    this.rejectNonIndonesian = rejectNonIndonesian;
    this.lineFilter = new LineFilter(rules);
  }

  public Document clean(RawDocument raw) {
    HtmlExtractor.Page page = isHtml(raw) ? HtmlExtractor.extract(raw.getText(), raw.getUrl()) : null;
    String text = TextNormalizer.normalize(page == null ? raw.getText() : page.text());

    LineFilter.Result lines = lineFilter.filter(text);
    List<Paragraph> paragraphs = ParagraphRules.apply(ParagraphJoiner.join(lines.lines()), rules);
    paragraphs = RepeatedParagraphs.keepOnce(paragraphs);
    ArticleHeader header = ArticleHeader.of(paragraphs, rules, dates);

    String title = title(raw, page, header);
    List<String> body = BodySelector.select(untilEnd(paragraphs.subList(header.bodyStart(), paragraphs.size())), title);
    if (body.isEmpty()) {
      throw new RejectedInputException(
          EMPTY_BODY, "No article text is left after cleaning (" + text.length() + " characters before).");
    }
    String bodyText = String.join("\n\n", body);
    String language = languages.identify(bodyText);
    if (rejectNonIndonesian && language != null && !language.equals(LanguageIdentifier.INDONESIAN)) {
      throw new RejectedInputException(NOT_INDONESIAN,
          "The text is in " + languageName(language) + " (language `" + language + "`), not Indonesian.");
    }

    String outlet = outlet(raw, page, header);
    PublicationDates.Published published = published(raw, page, header);
    LineRules.Dateline dateline = header.dateline();
    return Document.newBuilder()
        .setDocId(raw.getDocId())
        .setSourceUri(raw.getSourceUri())
        .setTitle(title)
        .setOutlet(outlet)
        .setAuthors(names(concat(lines.authors(), page == null ? List.of() : page.authors()), outlet))
        .setEditors(names(lines.editors(), outlet))
        .setDateline(dateline == null ? null : place(dateline.place()))
        .setUrl(raw.getUrl() != null ? raw.getUrl() : page == null ? null : page.url())
        .setPublishedAt(published == null ? null : published.instant())
        .setPublishedOffset(published == null ? null : published.offset())
        .setLanguage(language)
        .setText(bodyText)
        .build();
  }

  /**
   * The body's paragraphs up to its end: the first end-of-article marker after the article has started (a marker
   * among the links above an article, such as {@code Berita Terkait}, ends nothing).
   */
  private static List<String> untilEnd(List<Paragraph> paragraphs) {
    List<String> body = new ArrayList<>();
    boolean started = false;
    for (Paragraph paragraph : paragraphs) {
      if (paragraph.stop()) {
        if (started) {
          break;
        }
        continue;
      }
      started |= BodySelector.isBodyLike(paragraph.text());
      body.add(paragraph.text());
    }
    return body;
  }

  private static boolean isHtml(RawDocument raw) {
    return raw.getFormat().equals("html") || raw.getFormat().equals("warc");
  }

  private String title(RawDocument raw, HtmlExtractor.Page page, ArticleHeader header) {
    String title = raw.getTitle();
    if (title == null && page != null) {
      title = page.title();
    }
    if (title == null) {
      title = header.title();
    }
    if (title == null) {
      return null;
    }
    String clean = rules.stripTitleAffixes(TextNormalizer.normalize(title).replaceAll("\\s+", " ").strip());
    return clean.isEmpty() ? null : clean;
  }

  private String outlet(RawDocument raw, HtmlExtractor.Page page, ArticleHeader header) {
    if (raw.getOutlet() != null) {
      return raw.getOutlet();
    }
    if (header.dateline() != null && header.dateline().outlet() != null) {
      return outlets.fromToken(header.dateline().outlet());
    }
    String url = raw.getUrl() != null ? raw.getUrl() : page == null ? null : page.url();
    String fromUrl = outlets.fromUrl(url);
    if (fromUrl != null) {
      return fromUrl; // a page's site name is often its section ("Tempo Gaya", "detikinet")
    }
    return page == null ? null : outlets.fromToken(page.siteName());
  }

  /**
   * The input's own date first; then the time printed in the header above a dateline (what readers see, with its
   * zone); then the page's meta tags, which older Indonesian sites fill carelessly (Detik prints WIB times as Z);
   * then a time printed in a header without dateline.
   */
  private PublicationDates.Published published(RawDocument raw, HtmlExtractor.Page page, ArticleHeader header) {
    PublicationDates.Published given = dates.find(raw.getDate(), false);
    if (given != null) {
      return given;
    }
    if (header.dateline() != null && header.published() != null) {
      return header.published();
    }
    PublicationDates.Published declared = page == null ? null : dates.find(page.published(), false);
    return declared != null ? declared : header.published();
  }

  /** Names, each once, without those that are the outlet itself ({@code Reporter: Tempo.co}). */
  private List<String> names(List<String> found, String outlet) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : found) {
      String clean = TextNormalizer.normalize(name).replaceAll("\\s+", " ").strip();
      boolean isOutlet = outlet != null && clean.equalsIgnoreCase(outlet) || outlets.isOutlet(clean);
      if (!clean.isEmpty() && !isOutlet) {
        names.add(clean);
      }
    }
    return List.copyOf(names);
  }

  /** A dateline place as records carry it: {@code NEW DELHI} -> {@code New Delhi}; mixed case is kept. */
  static String place(String place) {
    if (place == null || !place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'';
    }
    return out.toString();
  }

  private static String languageName(String code) {
    return switch (code) {
      case LanguageIdentifier.ENGLISH -> "English";
      case LanguageIdentifier.MALAY -> "Malay";
      default -> code;
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
