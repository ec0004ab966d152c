package gradcards.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input: one line on stderr starting "gradcards: ", exit 1, no stack trace, and nothing trained. */
class DemoErrorsTest extends WithFakeDemos {

    private String fails(String... args) {
        Cli.Result r = run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("gradcards: ").doesNotContain("Exception", "\tat ");
        assertThat(d02.seedsRun).isEmpty();
        assertThat(d14.seedsRun).isEmpty();
        return r.err();
    }

    @Test
    void unknownIdListsTheValidOnes() {
        assertThat(fails("demo", "run", "D99")).contains("no demo 'D99'", "D02, D14");
        assertThat(fails("--lang", "ko", "demo", "run", "D99")).contains("D02, D14");
    }

    @Test
    void seedCountsAndStepsOutOfRange() {
        assertThat(fails("demo", "run", "D02", "--seeds", "0")).contains("--seeds must be between 1 and 100 (got 0)");
        assertThat(fails("demo", "run", "D02", "--seed", "1", "--seeds", "3")).contains("either --seed or --seeds");
        assertThat(fails("demo", "run", "D02", "--step", "3")).contains("--step only goes with --export");
        assertThat(fails("demo", "run", "D02", "--seed", "-1")).contains("--seed must be 0 or more");
    }

    @Test
    void unwritableOutputFilesFailBeforeTraining() {
        assertThat(fails("demo", "run", "D02", "--export", "/nonexistent-dir/run.json")).contains("cannot write --export");
        assertThat(fails("demo", "run", "D02", "--svg", dir.toString())).contains("cannot write --svg");
    }

    @Test
    void anExportStepTheTrainerRejectsIsAUserError() {
        String err = fails("demo", "run", "D14", "--export", dir.resolve("x.json").toString(), "--step", "500");
        assertThat(err).contains("step 500 is past the last step 100");
    }

    @Test
    void customRejectsValuesOutOfRangeSayingWhatIsAllowed() {
        String[] base = {"demo", "custom", "--depth", "10", "--activation", "relu", "--init", "he_normal"};
        assertThat(fails(concat(base, "--width", "-3"))).contains("--width must be 1–1024 (got -3)");
        assertThat(fails(concat(base, "--width", "32", "--dropout", "1.5"))).contains("--dropout must be 0 ≤ P < 1 (got 1.5)");
        assertThat(fails(concat(base, "--width", "32", "--lr", "0"))).contains("--lr must be > 0");
        assertThat(fails(concat(base, "--width", "1024", "--steps", "100000"))).contains("too big an experiment");
    }

    @Test
    void unknownOptionValuesAreUsageErrors() {
        Cli.Result r = run("demo", "custom", "--depth", "3", "--width", "8", "--activation", "relu", "--init", "he",
                "--optimizer", "rmsprop");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("rmsprop", "SGD, ADAM");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
