package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;

/** For the stages that work on a whole run: applied to input in hourly windows, they refuse it, naming the window. */
public final class GlobalWindowOnly {
  private GlobalWindowOnly() {}

  public static <T> void assertRefusesOtherWindows(
      TestPipeline p, Coder<T> coder, PTransform<PCollection<T>, ?> stage) {
    PCollection<T> windowed = p.apply(Create.empty(coder))
        .apply(Window.into(FixedWindows.of(Duration.standardHours(1))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> windowed.apply(stage));
    assertTrue(e.getMessage().contains("global window"), e.getMessage());
    p.enableAbandonedNodeEnforcement(false);
  }
}
