package gradcards.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeechRuleTest {
    @Test
    void defaultsAreEightLapsesAndTagOnly() {
        LeechRule r = LeechRule.from(Map.of());
        assertThat(r).isEqualTo(new LeechRule(8, false));
        assertThat(LeechRule.from(Map.of("leech-threshold", "3", "leech-action", "SUSPEND")))
                .isEqualTo(new LeechRule(3, true));
    }

    @Test
    void aCardBecomesALeechOnTheLapseThatReachesTheThresholdOnce() {
        LeechRule r = new LeechRule(3, false);
        assertThat(r.becomesLeech(1, 2, false)).isFalse();
        assertThat(r.becomesLeech(2, 3, false)).isTrue();
        assertThat(r.becomesLeech(3, 3, false)).as("no new lapse").isFalse();
        assertThat(r.becomesLeech(3, 4, true)).as("already a leech").isFalse();
        assertThat(r.becomesLeech(3, 4, false)).as("missed earlier, caught on the next lapse").isTrue();
        assertThat(new LeechRule(0, false).becomesLeech(40, 41, false)).as("0 = off").isFalse();
    }

    @Test
    void badValuesAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> SettingKey.of("leech-action").normalize("delete")).hasMessageContaining("tag or suspend");
        assertThatThrownBy(() -> SettingKey.of("leech-threshold").normalize("-1")).hasMessageContaining("0 to 99");
        assertThat(SettingKey.of("leech-threshold").normalize("0")).isEqualTo("0");
    }
}
