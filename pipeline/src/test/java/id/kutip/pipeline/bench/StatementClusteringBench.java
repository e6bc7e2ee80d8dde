package id.kutip.pipeline.bench;

import id.kutip.common.KutipCoders;
import id.kutip.quotes.ClusterStatements;
import id.kutip.schema.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Statement clustering alone on embedded Flink, parallelism 1: the quotes a job wrote (its {@code quotes/} files)
 * read, clustered and counted, {@code runs} times in one JVM (the first warms it up). A stage that runs last, on
 * one thread, after all the others, is timed here apart from the noise of a whole run. Prints one line per run.
 *
 * <pre>{@code java -cp <test classpath> id.kutip.pipeline.bench.StatementClusteringBench '<output>/quotes/*.avro' 3}</pre>
 */
public final class StatementClusteringBench {
  private StatementClusteringBench() {}

  public static void main(String[] args) {
    String quotes = args[0];
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
      options.setRunner(FlinkRunner.class);
      options.setFlinkMaster("[local]");
      options.setParallelism(1);
      options.setReIterableGroupByKeyResult(true);
      Pipeline pipeline = Pipeline.create(options);
      pipeline.apply("ReadQuotes", AvroIO.read(Quote.class).from(quotes)).setCoder(KutipCoders.quote())
          .apply("ClusterStatements", ClusterStatements.create())
          .apply("Ids", MapElements.into(TypeDescriptors.strings()).via(Quote::getStatementClusterId))
          .apply("Count", Count.globally());
      long started = System.nanoTime();
      pipeline.run().waitUntilFinish();
      long took = (System.nanoTime() - started) / 1_000_000;
      millis.add(took);
      System.out.println("BENCH run=" + run + " millis=" + took);
    }
    System.out.println("BENCH runs=" + millis);
  }
}
