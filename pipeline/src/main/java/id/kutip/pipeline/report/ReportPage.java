package id.kutip.pipeline.report;

import id.kutip.common.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The run report, {@code DIR/report.html}: one self-contained page (inline CSS, SVG and script; nothing fetched)
 * with the counts per stage, dead letters, duplicates, quotes by type, top speakers, quotes per outlet and per day,
 * and a quotes table filtered and sorted in the page. The table filter can be set from the address:
 * {@code report.html#speaker=Blinken&type=DIRECT&q=tarif&sort=confidence&desc=1}.
 */
public final class ReportPage {
  public static final String FILE_NAME = "report.html";
  static final int TOP_SPEAKERS = 20;
  private static final List<String> STAGES =
      List.of(Stages.READ, Stages.CLEAN, Stages.SENTENCES, Stages.ENTITIES, Stages.QUOTES);

  private ReportPage() {}

  /** Reads the run's records under {@code output} and writes {@code output/report.html}; returns its location. */
  public static String write(String output, Map<String, Long> counters) throws IOException {
    return write(output, counters, output);
  }

  /**
   * Reads the records under {@code recordsDir} and writes {@code recordsDir/report.html}, naming {@code output} as
   * where they are: a run writes the page into its staging folder, so that it is committed with the records.
   */
  public static String write(String recordsDir, Map<String, Long> counters, String output) throws IOException {
    ReportData data = ReportData.read(recordsDir, counters);
    String html = render(data, output, Instant.now());
    var target = FileSystems.matchNewResource(recordsDir, true)
        .resolve(FILE_NAME, org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try (Writer w = new OutputStreamWriter(
        Channels.newOutputStream(FileSystems.create(target, MimeTypes.TEXT)), StandardCharsets.UTF_8)) {
      w.write(html);
    }
    return target.toString();
  }

  static String render(ReportData d, String output, Instant generated) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Kutip run report</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
    h.append("<h1>Kutip run report</h1>\n<p class=\"meta\">Output <code>").append(esc(output))
        .append("</code>, report written ").append(esc(generated.toString())).append("</p>\n");

    h.append("<section id=\"totals\" class=\"cards\">")
        .append(card("documents", d.documents, "documents written"))
        .append(card("quotes", d.quotes, "quotes"))
        .append(card("dead-letters", d.deadLetters, "dead letters"))
        .append(card("speakers", d.speakers.size(), "named speakers"));
    if (d.duplicates != null) {
      h.append(card("duplicates", d.duplicates, "duplicate documents"));
    }
    h.append("</section>\n");

    h.append("<section><h2>Counts per stage</h2>\n<table id=\"stages\"><thead><tr><th>stage</th>"
        + "<th class=\"n\">documents out (counter)</th><th class=\"n\">dead letters (counter)</th>"
        + "<th class=\"n\">dead letters (records)</th></tr></thead><tbody>\n");
    for (String stage : STAGES) {
      h.append("<tr data-stage=\"").append(esc(stage)).append("\"><td>").append(esc(stage)).append("</td>")
          .append(num(counter(d, stage, "documents"))).append(num(counter(d, stage, "deadLetters")))
          .append("<td class=\"n records\">").append(d.deadLettersByStage.getOrDefault(stage, 0L)).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"meta\">Written records: <span id=\"documents-written\">")
        .append(d.documents).append("</span> documents, <span id=\"quotes-written\">").append(d.quotes)
        .append("</span> quotes, <span id=\"dead-letters-written\">").append(d.deadLetters)
        .append("</span> dead letters.").append(d.counters.isEmpty() ? " The run's counters were not available." : "")
        .append("</p></section>\n");

    h.append("<section><h2>Dead letters by stage and reason</h2>\n");
    if (d.deadLettersByStageAndReason.isEmpty()) {
      h.append("<p id=\"dead-letter-none\">None.</p>\n");
    } else {
      h.append("<table id=\"dead-letters\"><thead><tr><th>stage</th><th>reason</th><th class=\"n\">records</th>"
          + "</tr></thead><tbody>\n");
      d.deadLettersByStageAndReason.forEach((stage, reasons) -> reasons.forEach((reason, n) ->
          h.append("<tr><td>").append(esc(stage)).append("</td><td>").append(esc(reason)).append("</td>")
              .append(num(n)).append("</tr>\n")));
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");

    if (d.duplicates != null) {
      h.append("<section><h2>Duplicates</h2>\n<table id=\"duplicates\"><tbody><tr><td>documents marked as a "
          + "duplicate of another (<code>Document.duplicate_of</code>)</td>").append(num(d.duplicates))
          .append("</tr></tbody></table></section>\n");
    }

    h.append("<div class=\"grid\">");
    h.append("<section><h2>Quotes by type</h2>").append(bars("by-type", d.quotesByType)).append("</section>\n");
    h.append("<section><h2>Quotes per outlet</h2>").append(bars("per-outlet", d.quotesPerOutlet)).append("</section>\n");
    h.append("<section><h2>Quotes per day</h2>").append(bars("per-day", d.quotesPerDay)).append("</section>\n");
    h.append("<section><h2>Documents per outlet</h2>").append(bars("docs-per-outlet", d.documentsPerOutlet))
        .append("</section>\n");
    h.append("</div>\n");

    h.append("<section><h2>Top speakers</h2>\n<table id=\"speakers\"><thead><tr><th>speaker</th>"
        + "<th class=\"n\">quotes</th><th>roles</th><th>outlets</th></tr></thead><tbody>\n");
    for (ReportData.SpeakerStats s : d.topSpeakers(TOP_SPEAKERS)) {
      h.append("<tr><td><a href=\"#speaker=").append(esc(urlPart(s.name))).append("\">").append(esc(s.name))
          .append("</a></td>").append(num(s.quotes)).append("<td>").append(esc(joinCounts(s.roles)))
          .append("</td><td>").append(esc(joinCounts(s.outlets))).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");

    h.append("<section><h2>Quotes</h2>\n<form id=\"filters\" onsubmit=\"return false\">")
        .append("<label>speaker <input id=\"f-speaker\" type=\"search\" placeholder=\"name\"></label> ")
        .append("<label>type <select id=\"f-type\"><option value=\"\">any</option>");
    for (String t : List.of("DIRECT", "INDIRECT", "MIXED")) {
      h.append("<option>").append(t).append("</option>");
    }
    h.append("</select></label> <label>text <input id=\"f-q\" type=\"search\" placeholder=\"words\"></label> ")
        .append("<span id=\"shown\"></span></form>\n");
    if (d.quotes > d.rows.size()) {
      h.append("<p class=\"meta\" id=\"truncated\">The table holds the first ").append(d.rows.size())
          .append(" of ").append(d.quotes).append(" quotes (by document); use <code>kutip.jar inspect</code> for all.</p>\n");
    }
    h.append("<table id=\"quotes\"><thead><tr>")
        .append("<th data-key=\"speaker\">speaker</th><th data-key=\"type\">type</th><th data-key=\"text\">text</th>")
        .append("<th data-key=\"cue\">cue</th><th data-key=\"doc\">document</th>")
        .append("<th data-key=\"confidence\" data-numeric=\"1\" class=\"n\">confidence</th></tr></thead><tbody>\n");
    for (ReportData.QuoteRow r : d.rows) {
      h.append("<tr data-speaker=\"").append(esc(r.speaker())).append("\" data-type=\"").append(esc(r.type()))
          .append("\"><td>").append(esc(r.speaker()));
      if (!r.role().isEmpty()) {
        h.append("<div class=\"role\">").append(esc(r.role())).append("</div>");
      }
      h.append("</td><td>").append(esc(r.type())).append("</td><td class=\"text\">").append(esc(r.text()))
          .append("</td><td>").append(esc(r.cue())).append("</td><td><code>").append(esc(r.docId()))
          .append("</code><div class=\"role\">").append(esc(r.outlet())).append(" · ").append(esc(r.day()))
          .append("</div></td><td class=\"n\">").append(String.format(Locale.ROOT, "%.2f", r.confidence()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
    h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    return h.toString();
  }

  private static Long counter(ReportData d, String stage, String name) {
    // A counter never incremented is not reported by the runner: with counters present, absent means 0.
    return d.counters.isEmpty() ? null : d.counters.getOrDefault(stage + "." + name, 0L);
  }

  private static String card(String id, long n, String label) {
    return "<div class=\"card\" id=\"total-" + id + "\"><b>" + n + "</b><span>" + esc(label) + "</span></div>";
  }

  private static String num(Long n) {
    return "<td class=\"n\">" + (n == null ? "–" : n.toString()) + "</td>";
  }

  private static String joinCounts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(5).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
  }

  /** A horizontal bar chart as inline SVG, one bar per entry, with the figures also in a data-* attribute. */
  static String bars(String id, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "<p>None.</p>";
    }
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int rowHeight = 22;
    int labelWidth = 170;
    int barWidth = 260;
    int height = rowHeight * counts.size() + 4;
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"chart-").append(esc(id)).append("\" class=\"bars\" role=\"img\" width=\"")
        .append(labelWidth + barWidth + 60).append("\" height=\"").append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    int y = 2;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      int w = (int) Math.max(1, Math.round(barWidth * (double) e.getValue() / max));
      String label = e.getKey().length() > 26 ? e.getKey().substring(0, 25) + "…" : e.getKey();
      s.append("<g class=\"bar\" data-label=\"").append(esc(e.getKey())).append("\" data-value=\"")
          .append(e.getValue()).append("\"><title>").append(esc(e.getKey())).append(": ").append(e.getValue())
          .append("</title><text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(esc(label)).append("</text><rect x=\"").append(labelWidth)
          .append("\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"")
          .append(rowHeight - 6).append("\"></rect><text x=\"").append(labelWidth + w + 6).append("\" y=\"")
          .append(y + 15).append("\">").append(e.getValue()).append("</text></g>");
      y += rowHeight;
    }
    return s.append("</svg>").toString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String urlPart(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2330;background:#fafbfc}
      h1{margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}.meta{color:#5b6475}
      .cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #dde2ea;border-radius:6px;
      padding:10px 16px;min-width:120px}.card b{display:block;font-size:24px}.card span{color:#5b6475}
      table{border-collapse:collapse;background:#fff}th,td{border:1px solid #dde2ea;padding:4px 8px;text-align:left;
      vertical-align:top}th{background:#eef1f6}.n{text-align:right;font-variant-numeric:tabular-nums}
      #quotes th{cursor:pointer;user-select:none}#quotes th.asc::after{content:" ▲"}#quotes th.desc::after{content:" ▼"}
      #quotes td.text{max-width:560px}.role{color:#5b6475;font-size:12px}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:0 24px}
      svg.bars text{font:12px system-ui,sans-serif;fill:#1d2330}svg.bars rect{fill:#3c6fd1}
      form label{margin-right:12px}#shown{color:#5b6475}
      """;

  /** Filters and sorts the quotes table in the page; the filter can come from the address fragment. */
  private static final String SCRIPT = """
      (function(){
        var table=document.getElementById('quotes');var body=table.tBodies[0];
        var rows=Array.prototype.slice.call(body.rows);
        var fs=document.getElementById('f-speaker'),ft=document.getElementById('f-type'),fq=document.getElementById('f-q');
        var shown=document.getElementById('shown');
        function norm(s){return (s||'').toLowerCase();}
        function apply(){
          var sp=norm(fs.value),ty=ft.value,q=norm(fq.value),n=0;
          rows.forEach(function(r){
            var ok=(!sp||norm(r.getAttribute('data-speaker')).indexOf(sp)>=0)&&(!ty||r.getAttribute('data-type')===ty)
              &&(!q||norm(r.textContent).indexOf(q)>=0);
            if(ok){r.removeAttribute('hidden');n++;}else{r.setAttribute('hidden','');}
          });
          shown.textContent=n+' of '+rows.length+' quotes shown';shown.setAttribute('data-shown',n);
        }
        function fromHash(){
          var p=new URLSearchParams(location.hash.replace(/^#/,''));
          fs.value=p.get('speaker')||'';ft.value=p.get('type')||'';fq.value=p.get('q')||'';apply();
          var key=p.get('sort');if(key){var th=table.querySelector('th[data-key="'+key+'"]');
            if(th){th.click();if(p.get('desc')&&th.classList.contains('asc')){th.click();}}}
        }
        [fs,ft,fq].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
        window.addEventListener('hashchange',fromHash);
        Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
          th.addEventListener('click',function(){
            var asc=!th.classList.contains('asc');
            Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});
            th.classList.add(asc?'asc':'desc');
            var numeric=th.hasAttribute('data-numeric');
            rows.sort(function(a,b){
              var x=a.cells[i].textContent,y=b.cells[i].textContent;
              var c=numeric?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);return asc?c:-c;
            });
            rows.forEach(function(r){body.appendChild(r);});
          });
        });
        fromHash();
      })();
      """;
}
