package id.kutip.quotes;

import id.kutip.common.KutipCoders;
import id.kutip.common.Stages;
import id.kutip.schema.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gives the same {@code statement_cluster_id} to quotes that report the same statement in different documents of
 * the run. Candidates come from MinHash band keys ({@link StatementShingles}) grouped across the whole run, so no
 * pair is compared unless its quotes share a band; candidates are confirmed by word 3-gram Jaccard >= 0.5. A quote's
 * cluster id is the smallest quote_id among itself and its confirmed neighbours (deterministic on any runner).
 */
public final class ClusterStatements extends PTransform<PCollection<Quote>, PCollection<Quote>> {
  static final double MIN_JACCARD = 0.5;
  /** A band group larger than this is compared with its smallest member only, not pairwise. */
  static final int MAX_PAIRWISE = 200;

  private ClusterStatements() {}

  public static ClusterStatements create() {
    return new ClusterStatements();
  }

  @Override
  public PCollection<Quote> expand(PCollection<Quote> quotes) {
    PCollection<KV<String, String>> neighbours =
        quotes
            .apply("KeyByBand", ParDo.of(new BandKeysFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KutipCoders.quote()))
            .apply("GroupByBand", GroupByKey.create())
            .apply("ConfirmPairs", ParDo.of(new ConfirmPairsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply("SmallestNeighbour", Min.perKey());
    TupleTag<Quote> quoteTag = new TupleTag<>() {};
    TupleTag<String> clusterTag = new TupleTag<>() {};
    PCollection<KV<String, Quote>> byId =
        quotes.apply("KeyById", WithKeys.of((Quote q) -> q.getQuoteId()).withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KutipCoders.quote()));
    return KeyedPCollectionTuple.of(quoteTag, byId)
        .and(clusterTag, neighbours)
        .apply("JoinClusters", CoGroupByKey.create())
        .apply("SetClusterIds", ParDo.of(new SetClusterFn(quoteTag, clusterTag)))
        .setCoder(KutipCoders.quote());
  }

  static final class BandKeysFn extends DoFn<Quote, KV<String, Quote>> {
    @ProcessElement
    public void process(@Element Quote quote, OutputReceiver<KV<String, Quote>> out) {
      for (String key : StatementShingles.bandKeys(StatementShingles.shingles(quote.getText()))) {
        out.output(KV.of(key, quote));
      }
    }
  }

  static final class ConfirmPairsFn extends DoFn<KV<String, Iterable<Quote>>, KV<String, String>> {
    private final Counter oversized = Metrics.counter(Stages.QUOTES, "oversizedStatementBands");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Quote>> group, OutputReceiver<KV<String, String>> out) {
      List<Quote> members = new ArrayList<>();
      group.getValue().forEach(members::add);
      if (members.size() < 2) {
        return;
      }
      members.sort((a, b) -> a.getQuoteId().compareTo(b.getQuoteId()));
      if (members.size() > MAX_PAIRWISE) {
        // Hundreds of quotes agreeing on a whole band are copies of one text: link them to the smallest id.
        oversized.inc();
        String smallest = members.get(0).getQuoteId();
        members.forEach(q -> out.output(KV.of(q.getQuoteId(), smallest)));
        return;
      }
      List<int[]> shingles = members.stream().map(q -> StatementShingles.shingles(q.getText())).toList();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (!members.get(i).getDocId().equals(members.get(j).getDocId())
              && StatementShingles.jaccard(shingles.get(i), shingles.get(j)) >= MIN_JACCARD) {
            out.output(KV.of(members.get(i).getQuoteId(), members.get(j).getQuoteId()));
            out.output(KV.of(members.get(j).getQuoteId(), members.get(i).getQuoteId()));
          }
        }
      }
    }
  }

  static final class SetClusterFn extends DoFn<KV<String, CoGbkResult>, Quote> {
    private final TupleTag<Quote> quoteTag;
    private final TupleTag<String> clusterTag;
    private final Counter clustered = Metrics.counter(Stages.QUOTES, "quotesInMultiDocumentStatements");

    SetClusterFn(TupleTag<Quote> quoteTag, TupleTag<String> clusterTag) {
      this.quoteTag = quoteTag;
      this.clusterTag = clusterTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Quote> out) {
      String id = joined.getKey();
      String cluster = id;
      for (String neighbour : joined.getValue().getAll(clusterTag)) {
        if (neighbour.compareTo(cluster) < 0) {
          cluster = neighbour;
        }
      }
      if (!cluster.equals(id)) {
        clustered.inc();
      }
      for (Quote quote : joined.getValue().getAll(quoteTag)) {
        out.output(Quote.newBuilder(quote).setStatementClusterId(cluster).build());
      }
    }
  }
}
