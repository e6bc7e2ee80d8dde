package id.kutip.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into block text for the same cleaning as a text dump, plus the metadata its head declares.
 * Blocks (paragraphs, list items, headings, table cells, {@code <br>}-separated lines) become lines; scripts,
 * styles, forms, navigation, asides, footers and figure captions are left out; a block whose text is mostly link
 * text (menus, related-article lists, "Baca juga" links) is left out too, as jusText does.
 */
public final class HtmlExtractor {
  /** A block with at least this share of its characters inside links is navigation, not article text. */
  static final double MAX_LINK_DENSITY = 0.5;
  private static final String UNWANTED =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea, "
          + "nav, aside, footer, figcaption, [hidden], [aria-hidden=true]";
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:|www\\.|/).*");

  /** What a page yields: its block text and the metadata of its head (each null when absent). */
  public record Page(String text, String title, String published, String siteName, String url, List<String> authors) {}

  private HtmlExtractor() {}

  public static Page extract(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title = firstContent(page, "meta[property=og:title]", "meta[name=twitter:title]");
    if (title == null) {
      title = page.title().isBlank() ? null : page.title();
    }
    String published = firstContent(page, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=content_PublishedDate]", "meta[name=date]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]");
    if (published == null) {
      Element time = page.selectFirst("time[datetime]");
      published = time == null ? null : blankToNull(time.attr("datetime"));
    }
    String siteName = firstContent(page, "meta[property=og:site_name]", "meta[name=application-name]");
    String url = firstAttr(page, "link[rel=canonical]", "href");
    if (url == null) {
      url = firstContent(page, "meta[property=og:url]");
    }
    Set<String> authors = new LinkedHashSet<>();
    for (Element meta : page.select("meta[name=author], meta[property=article:author], meta[name=content_author]")) {
      String name = blankToNull(meta.attr("content"));
      if (name != null && !URL_LIKE.matcher(name).matches()) {
        authors.add(name.strip());
      }
    }
    Element body = page.body();
    body.select(UNWANTED).remove();
    BlockCollector blocks = new BlockCollector();
    NodeTraversor.traverse(blocks, body);
    blocks.flush();
    return new Page(String.join("\n\n", blocks.kept), title, published, siteName, url, List.copyOf(authors));
  }

  /** Walks the body, cutting text at block boundaries and measuring how much of each block is link text. */
  private static final class BlockCollector implements NodeVisitor {
    final List<String> kept = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String value = textNode.text();
        if (value.isBlank()) {
          if (!text.isEmpty()) {
            text.append(' ');
          }
          return;
        }
        if (inLink(textNode)) {
          linkChars += nonSpace(value);
        }
        text.append(value);
      } else if (node instanceof Element element && breaksBlock(element)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && breaksBlock(element)) {
        flush();
      }
    }

    void flush() {
      String block = text.toString().replaceAll("\\s+", " ").strip();
      if (!block.isEmpty()) {
        double density = linkChars / (double) nonSpace(block);
        if (density < MAX_LINK_DENSITY) {
          kept.add(block);
        }
      }
      text.setLength(0);
      linkChars = 0;
    }

    private static int nonSpace(String text) {
      int count = 0;
      for (int i = 0; i < text.length(); i++) {
        count += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
      }
      return count;
    }

    private static boolean breaksBlock(Element element) {
      return element.isBlock() || element.nameIs("br") || element.nameIs("li") || element.nameIs("td");
    }

    private static boolean inLink(Node node) {
      for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
        if (parent instanceof Element element && element.nameIs("a")) {
          return true;
        }
      }
      return false;
    }
  }

  private static String firstContent(Document page, String... selectors) {
    for (String selector : selectors) {
      Element element = page.selectFirst(selector);
      if (element != null && !element.attr("content").isBlank()) {
        return element.attr("content").strip();
      }
    }
    return null;
  }

  private static String firstAttr(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    return element == null ? null : blankToNull(element.absUrl(attribute).isBlank() ? element.attr(attribute) : element.absUrl(attribute));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
