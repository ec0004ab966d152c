package gradcards.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential test: 48 random histories under 8 configurations must match ts-fsrs 5.4.2 step by step. */
class TsFsrsReferenceTest {

    static Stream<String> histories() {
        return TsFsrsFixture.lines().stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("histories")
    void matchesTsFsrsAtEveryStep(String line) {
        String[] parts = line.split("\\|");
        Scheduler scheduler = new Scheduler(config(parts[0]));
        Instant now = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        Memory memory = Memory.fresh(now);
        String[] steps = parts[2].split(" ");
        for (int i = 0; i < steps.length; i++) {
            String[] f = steps[i].split(":");
            now = now.plus(Duration.ofMinutes(Long.parseLong(f[1])));
            Review r = scheduler.review("card-" + i, memory, Rating.of(Integer.parseInt(f[0])), now);
            memory = r.after();
            String at = "step " + (i + 1) + " of " + parts[0];
            assertThat(memory.state().revlogCode()).as(at + " state").isEqualTo(Integer.parseInt(f[2]));
            assertThat(memory.stability()).as(at + " S").isCloseTo(Double.parseDouble(f[3]), within(1e-6));
            assertThat(memory.difficulty()).as(at + " D").isCloseTo(Double.parseDouble(f[4]), within(1e-6));
            assertThat(memory.due()).as(at + " due").isEqualTo(now.plus(Duration.ofMinutes(Long.parseLong(f[5]))));
            assertThat(r.scheduledDays()).as(at + " days").isEqualTo(Integer.parseInt(f[6]));
            assertThat(memory.step()).as(at + " step").isEqualTo(Integer.parseInt(f[7]));
            assertThat(memory.lapses()).as(at + " lapses").isEqualTo(Integer.parseInt(f[8]));
            assertThat(memory.reps()).as(at + " reps").isEqualTo(i + 1);
        }
    }

    private static SchedulerConfig config(String id) {
        SchedulerConfig base = SchedulerConfig.tsFsrs();
        switch (id) {
            case "A": return base;
            case "B": return base.withShortTerm(false);
            case "C": return base.withSteps(minutes(1, 10, 60), minutes(10, 30));
            case "D": return base.withParameters(Parameters.olderDefaults()).withSteps(minutes(1, 10), minutes(10, 60))
                    .withDesiredRetention(0.85);
            case "E": return base.withSteps(List.of(), List.of()).withMaximumInterval(180);
            case "F": return base.withSteps(minutes(10, 1440), minutes(1440));
            case "G": return base.withParameters(Parameters.of(ReferenceVectors.V6_WEIGHTS));
            case "H": return base.withParameters(Parameters.olderDefaults()).withShortTerm(false)
                    .withDesiredRetention(0.8).withMaximumInterval(365);
            default: throw new IllegalArgumentException(id);
        }
    }

    private static List<Duration> minutes(long... m) {
        return Arrays.stream(m).mapToObj(Duration::ofMinutes).toList();
    }
}
