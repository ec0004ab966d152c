package gradcards.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The hand-written database instant codec agrees with java.time on every instant of years 0000-9999. */
class InstantsProperties {
    private static final DateTimeFormatter JDK =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Property(tries = 2000)
    void formatMatchesTheJdkAndParseInvertsIt(@ForAll @LongRange(min = -62_167_219_200_000L, max = 253_402_300_799_999L)
                                             long epochMilli) {
        Instant at = Instant.ofEpochMilli(epochMilli);
        String text = Instants.format(at);
        assertThat(text).isEqualTo(JDK.format(at));
        assertThat(Instants.parse(text)).isEqualTo(at);
        assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void otherShapesStillParseAndNonsenseIsStillRefused() {
        assertThat(Instants.parse("2026-12-01T09:00:00Z")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(Instants.parse("2026-12-01T09:00:00.123456Z")).isEqualTo(Instant.parse("2026-12-01T09:00:00.123456Z"));
        assertThat(Instants.format(Instant.parse("2026-12-01T09:00:00.123456Z")))
                .isEqualTo("2026-12-01T09:00:00.123Z");
        assertThat(Instants.parse("2028-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2028-02-29T23:59:59.999Z"));
        assertThatThrownBy(() -> Instants.parse("2026-12-01 09:00")).isInstanceOf(DateTimeParseException.class);
        assertThat(Instants.format(null)).isNull();
        assertThat(Instants.parse(null)).isNull();
        assertThat(Instants.format(Instant.EPOCH.minus(1, ChronoUnit.MILLIS))).isEqualTo("1969-12-31T23:59:59.999Z");
    }
}
