package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BarsTest {

    /** Eighths drawn = round(fraction × width × 8), each full cell █ counting 8 and the partial cell its own count. */
    @Property
    void drawsRoundedEighthsInExactlyWidthColumns(@ForAll @DoubleRange(min = 0, max = 1) double f,
                                                  @ForAll @IntRange(min = 1, max = 60) int width) {
        String bar = Bars.eighths(f, width);
        assertThat(Cells.width(bar)).isEqualTo(width);
        long expected = Math.round(f * width * 8);
        if (f > 0 && expected == 0) expected = 1;
        assertThat(eighthsIn(bar)).isEqualTo(expected);
    }

    private static long eighthsIn(String bar) {
        String partial = " ▏▎▍▌▋▊▉█";
        return bar.chars().mapToLong(c -> Math.max(0, partial.indexOf(c))).sum();
    }

    @Test
    void aTinyPositiveValueStillShowsAHairline() {
        assertThat(Bars.eighths(1e-9, 10)).startsWith("▏");
        assertThat(Bars.eighths(0, 3)).isEqualTo("   ");
        assertThat(Bars.eighths(0.5, 4)).isEqualTo("██  ");
    }

    @Test
    void progressFillsItsShare() {
        assertThat(Bars.progress(60, 150, 20)).isEqualTo("████████░░░░░░░░░░░░");
        assertThat(Bars.progress(150, 150, 5)).isEqualTo("█████");
    }
}
