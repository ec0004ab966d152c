package gradcards.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void utf8LocalesGiveUtf8EvenWhenNotInstalled() {
        assertThat(Locales.charset(null, null, "ko_KR.UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Locales.charset(null, null, "C.UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Locales.charset(null, null, "en_US.utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Locales.charset(null, "ko_KR.UTF-8@euro", "C")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Locales.charset("ko_KR.UTF-8", null, "C")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void otherCodesetsAndPrecedenceKeepTheDefault() {
        assertThat(Locales.charset(null, null, null)).isNull();
        assertThat(Locales.charset(null, null, "C")).isNull();
        assertThat(Locales.charset(null, null, "ko_KR.EUC-KR")).isNull();
        // LC_ALL overrides LANG; LC_CTYPE overrides LANG
        assertThat(Locales.charset("C", null, "ko_KR.UTF-8")).isNull();
        assertThat(Locales.charset(null, "POSIX", "ko_KR.UTF-8")).isNull();
        assertThat(Locales.charset("", "", "ko_KR.UTF-8")).isEqualTo(StandardCharsets.UTF_8);
    }
}
