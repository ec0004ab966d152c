package gradcards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.srs.Rating;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void commandsWorkOnBothKeyboardLayouts() {
        assertThat(Keys.command("q")).isEqualTo(Keys.Command.QUIT);
        assertThat(Keys.command("ㅂ")).isEqualTo(Keys.Command.QUIT);
        assertThat(Keys.command(" U ")).isEqualTo(Keys.Command.UNDO);
        assertThat(Keys.command("ㅕ")).isEqualTo(Keys.Command.UNDO);
        assertThat(Keys.command("d")).isEqualTo(Keys.Command.DEMO);
        assertThat(Keys.command("?")).isEqualTo(Keys.Command.HELP);
        assertThat(Keys.command("relu")).isNull();
        assertThat(Keys.command("")).isNull();
    }

    @Test
    void ratingsByNumberOrWordInEitherLanguage() {
        assertThat(Keys.rating("1")).isEqualTo(Rating.AGAIN);
        assertThat(Keys.rating("Hard")).isEqualTo(Rating.HARD);
        assertThat(Keys.rating("알맞음")).isEqualTo(Rating.GOOD);
        assertThat(Keys.rating("쉬움")).isEqualTo(Rating.EASY);
        assertThat(Keys.rating("5")).isNull();
    }
}
