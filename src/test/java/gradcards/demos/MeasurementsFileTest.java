package gradcards.demos;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.content.Measurements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The committed content/measurements.json is what the trainer measures now (seeds 0–9): same demos, same metrics,
 * same statistics. When this fails, run `gradcards demo measure --write content/measurements.json` and commit.
 */
class MeasurementsFileTest {
    private static final Measurements FILE = read();

    private static Measurements read() {
        try {
            return Measurements.parse(Files.readString(Path.of("content", Measurements.FILE)));
        } catch (Exception e) {
            throw new IllegalStateException("content/measurements.json is unreadable: " + e.getMessage(), e);
        }
    }

    @Test
    void theFileCoversSeedsZeroToNineAndEveryDemo() {
        assertThat(FILE.seeds()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(FILE.demos().keySet()).containsExactlyElementsOf(EveryArmTest.demos());
    }

    @ParameterizedTest
    @MethodSource("gradcards.demos.EveryArmTest#demos")
    void theFileAgreesWithTheTrainer(String id) {
        Map<String, MultiSeed.Summary> now = MultiSeed.summarise(DemoRuns.of(id));
        Map<String, Measurements.Stat> file = FILE.demos().get(id);
        assertThat(file.keySet()).as(id + " metrics (file vs trainer)").containsExactlyElementsOf(now.keySet());
        now.forEach((metric, s) -> {
            Measurements.Stat f = file.get(metric);
            String what = id + "." + metric + " (file vs trainer; regenerate with gradcards demo measure --write "
                    + "content/measurements.json)";
            assertThat(f.values().length).as(what).isEqualTo(s.values().length);
            for (int i = 0; i < f.values().length; i++) same(f.values()[i], s.values()[i], what + " seed " + i);
            same(f.median(), s.median(), what + " median");
            same(f.min(), s.min(), what + " min");
            same(f.max(), s.max(), what + " max");
            assertThat(f.divergedSeeds()).as(what).isEqualTo((int) s.count(v -> !Double.isFinite(v)));
        });
    }

    private static void same(double file, double trainer, String what) {
        if (Double.isNaN(trainer)) {
            assertThat(Double.isNaN(file)).as(what + ": file " + file + " vs trainer NaN").isTrue();
            return;
        }
        if (Double.isInfinite(trainer)) {
            assertThat(file).as(what).isEqualTo(trainer);
            return;
        }
        assertThat(Math.abs(file - trainer)).as(what + ": file " + file + " vs trainer " + trainer)
                .isLessThanOrEqualTo(1e-9 * Math.max(1e-300, Math.abs(trainer)));
    }
}
