package gradcards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first-run bench starts its children with the launcher's flags, and sums up its rows as it says. */
class FirstRunBenchTest {

    private static String launcher() throws Exception {
        return Files.readString(Path.of("src", "main", "launcher", "gradcards"));
    }

    @Test
    void probingDemosAndTheirFlagsAreTheLaunchers() throws Exception {
        String line = launcher().lines().filter(l -> l.contains("run:1|")).findFirst().orElseThrow();
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("run:(\\d+)").matcher(line);
        while (m.find()) ids.add(String.format("D%02d", Integer.parseInt(m.group(1))));
        assertThat(ids).isEqualTo(new TreeSet<>(FirstRunBench.PROBING));
        assertThat(line).contains("jit=\"" + String.join(" ", FirstRunBench.PROBING_FLAGS) + "\"");
    }

    @Test
    void everyCommandGetsTheLaunchersCommonFlags() throws Exception {
        String exec = launcher().lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        for (String f : FirstRunBench.LAUNCHER_FLAGS) assertThat(exec).contains(" " + f + " ");
        assertThat(FirstRunBench.jvmFlags("D03")).containsSubsequence(FirstRunBench.PROBING_FLAGS);
        assertThat(FirstRunBench.jvmFlags("D05")).doesNotContainAnyElementsOf(FirstRunBench.PROBING_FLAGS);
    }

    @Test
    void theGeometricMeanSkipsDemosWithoutPyTorch() {
        FirstRunBench.Row twice = new FirstRunBench.Row("D01", 9, 30, 80, 90, 25, 40, 40, 50, 9);
        FirstRunBench.Row half = new FirstRunBench.Row("D02", 9, 30, 20, 90, 25, 40, 40, 50, 9);
        FirstRunBench.Row none = new FirstRunBench.Row("D03", 9, 30, 70, 90, 25, 40, Double.NaN, Double.NaN, 0);
        assertThat(twice.ratio()).isEqualTo(2.0);
        assertThat(none.ratio()).isNaN();
        assertThat(FirstRunBench.geometricMeanRatio(List.of(twice, half, none))).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(FirstRunBench.geometricMeanRatio(List.of(none))).isNaN();
        String table = FirstRunBench.render(List.of(twice, none), 9, 1.5, 2.5, false);
        assertThat(table).contains("median of 9 fresh processes").contains("load average 1.5 → 2.5")
                .contains("2.00×").contains("geometric mean ratio").contains("2.00× (goal ≤ 1)");
        assertThat(table).contains("(interleaved with PyTorch)");
        String alone = FirstRunBench.render(List.of(none), 9, 1, 1, false);
        assertThat(alone).doesNotContain("interleaved").contains("no PyTorch");
        assertThat(FirstRunBench.render(List.of(none), 9, 1, 1, true)).contains("PyTorch 없음");
    }
}
