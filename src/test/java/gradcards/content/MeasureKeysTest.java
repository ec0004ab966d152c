package gradcards.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measurement keys in card text: expansion from the measurements file, and every bad key reported where it is. */
class MeasureKeysTest {
    private static final Measurements M = measurements();

    private static Measurements measurements() {
        Map<String, Map<String, Measurements.Stat>> demos = new LinkedHashMap<>();
        demos.put("D02", Map.of("w_ratio", Measurements.Stat.of(new double[] {5.5e-6, 1.5e-7, 3.0e-7, 4.2e-7, 2.1e-7})));
        demos.put("D05", Map.of("relu_zero_grad_units", Measurements.Stat.of(new double[] {0.1, 0.33, 1.0})));
        Map<String, Measurements.Stat> d14 = new LinkedHashMap<>();
        d14.put("noclip_diverged", Measurements.Stat.of(new double[] {1, 0, 1, 1}));
        d14.put("noclip_loss@100", Measurements.Stat.of(new double[] {Double.NaN, 0.69, Double.NaN, Double.NaN}));
        d14.put("tanh_N(0,1)_sat_frac", Measurements.Stat.of(new double[] {0.48, 0.5, 0.52}));
        demos.put("D14", d14);
        return new Measurements(List.of(0L, 1L, 2L, 3L, 4L), demos);
    }

    private static String expand(String text, List<String> problems) {
        return MeasureKeys.expand(text, M, problems::add);
    }

    @Test
    void statsAreTheMedianMinMaxAndNonFiniteSeedsOfTheValues() {
        Measurements.Stat s = M.get("D02", "w_ratio").orElseThrow();
        assertThat(s.median()).isEqualTo(3.0e-7);
        assertThat(s.min()).isEqualTo(1.5e-7);
        assertThat(s.max()).isEqualTo(5.5e-6);
        assertThat(s.divergedSeeds()).isZero();
        assertThat(M.get("D14", "noclip_loss@100").orElseThrow().divergedSeeds()).isEqualTo(3);
        assertThat(Measurements.Stat.of(new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
    }

    @Test
    void everyFormatExpandsWithTheProjectNumberFormat() {
        List<String> problems = new ArrayList<>();
        assertThat(expand("10개 시드 중앙값 {D02.w_ratio} (범위 {D02.w_ratio:range})", problems))
                .isEqualTo("10개 시드 중앙값 3e-7 (범위 [1.5e-7, 5.5e-6])");
        assertThat(expand("{D02.w_ratio:min}…{D02.w_ratio:max}", problems)).isEqualTo("1.5e-7…5.5e-6");
        assertThat(expand("{D05.relu_zero_grad_units:pct} {D05.relu_zero_grad_units:pct-range}", problems))
                .isEqualTo("33% [10%, 100%]");
        assertThat(expand("{D14.noclip_diverged:count}/4", problems)).isEqualTo("3/4");
        assertThat(expand("sat {D14.tanh_N(0,1)_sat_frac}", problems)).isEqualTo("sat 0.5");
        assertThat(expand("cloze {{1}} and {{2}} stay; so does {braces}", problems))
                .isEqualTo("cloze {{1}} and {{2}} stay; so does {braces}");
        assertThat(problems).isEmpty();
    }

    @Test
    void unknownDemoMetricOrFormatAndDivergedMetricsAreReportedAndLeftAsWritten() {
        List<String> problems = new ArrayList<>();
        String text = "{D99.w_ratio} {D02.w_ratoi} {D02.w_ratio:mean} {D14.noclip_loss@100} {D2.w_ratio}";
        assertThat(expand(text, problems)).isEqualTo(text);
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).contains("unknown measurement key {D99.w_ratio}").contains("no demo D99");
        assertThat(problems.get(1)).contains("unknown measurement key {D02.w_ratoi}").contains("D02 measures w_ratio");
        assertThat(problems.get(2)).contains("{D02.w_ratio:mean}").contains("unknown format \":mean\"");
        assertThat(problems.get(3)).contains("{D14.noclip_loss@100}").contains("not finite in 3 of 4 seeds");
        assertThat(problems.get(4)).contains("unknown measurement key {D2.w_ratio}");
    }

    @Test
    void theFileRoundTripsThroughItsJsonIncludingNonFiniteValues() throws Exception {
        Measurements back = Measurements.parse(M.toJson());
        assertThat(back.keys()).isEqualTo(M.keys());
        assertThat(back.seeds()).containsExactly(0L, 1L, 2L, 3L, 4L);
        for (String key : M.keys()) {
            String[] p = key.split("\\.", 2);
            Measurements.Stat a = M.get(p[0], p[1]).orElseThrow();
            Measurements.Stat b = back.get(p[0], p[1]).orElseThrow();
            assertThat(b.values()).isEqualTo(a.values());
            assertThat(List.of(b.median(), b.min(), b.max(), (double) b.divergedSeeds()))
                    .isEqualTo(List.of(a.median(), a.min(), a.max(), (double) a.divergedSeeds()));
        }
    }

    @Test
    void aDeckFolderExpandsKeysInEveryTextAndReportsBadOnesWithFileLineAndColumn() {
        ContentLoader.Result r = ContentLoader.folder(ContentLoaderTest.DECKS.resolve("keys"));
        Card good = r.content().byId().get("keys-fc-01");
        assertThat(good.info().explanation().ko())
                .isEqualTo("10개 시드 중앙값 3.6e-7 (범위 [1.5e-7, 5.5e-6]); 죽은 유닛 33%, 발산 3/10");
        assertThat(good.info().answer().en()).isEqualTo("3.6e-7 of the output layer's");
        List<String> p = r.problems().stream().map(Problem::format).toList();
        assertThat(p).hasSize(4);
        assertThat(p).anyMatch(s -> s.matches(".*keys/keys\\.json:14:\\d+: card \"keys-fc-02\": unknown measurement key "
                + "\\{D02\\.w_ratoi} \\(D02 measures w_ratio\\)"));
        assertThat(p).anyMatch(s -> s.matches(".*keys/keys\\.json:15:\\d+: card \"keys-fc-02\": unknown measurement key "
                + "\\{D99\\.w_ratio}.*"));
        assertThat(p).anyMatch(s -> s.matches(".*keys\\.json:15:\\d+: .*\\{D02\\.w_ratio:mean}.*"));
        assertThat(p).anyMatch(s -> s.matches(".*keys\\.json:15:\\d+: .*\\{D14\\.noclip_loss@100} is not finite in 3 of 4.*"));
        assertThat(r.content().decks()).extracting(Deck::name).containsExactly("keys");
    }
}
