package gradcards.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.i18n.Counted.Particle;
import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void englishSingularOnlyForExactlyOne() {
        assertThat(Counted.en(1, "card")).isEqualTo("1 card");
        assertThat(Counted.en(0, "card")).isEqualTo("0 cards");
        assertThat(Counted.en(2, "answer")).isEqualTo("2 answers");
        assertThat(Counted.en(1000, "review")).isEqualTo("1000 reviews");
        assertThat(Counted.en(1, "day")).isEqualTo("1 day");
        assertThat(Counted.en(3, "day")).isEqualTo("3 days");
        assertThat(Counted.noun(1, "lapse")).isEqualTo("lapse");
        assertThat(Counted.noun(5, "lapse")).isEqualTo("lapses");
        assertThat(Counted.en(1, "child", "children")).isEqualTo("1 child");
        assertThat(Counted.en(4, "child", "children")).isEqualTo("4 children");
    }

    @Test
    void regularPlurals() {
        assertThat(Counted.plural("entry")).isEqualTo("entries");
        assertThat(Counted.plural("day")).isEqualTo("days");
        assertThat(Counted.plural("box")).isEqualTo("boxes");
        assertThat(Counted.plural("match")).isEqualTo("matches");
        assertThat(Counted.plural("class")).isEqualTo("classes");
        assertThat(Counted.plural("wrong answer")).isEqualTo("wrong answers");
    }

    @Test
    void koreanParticleFollowsTheLastSyllable() {
        assertThat(Particle.TOPIC.after("카드")).isEqualTo("카드는");
        assertThat(Particle.TOPIC.after("답안")).isEqualTo("답안은");
        assertThat(Particle.SUBJECT.after("기울기")).isEqualTo("기울기가");
        assertThat(Particle.SUBJECT.after("손실")).isEqualTo("손실이");
        assertThat(Particle.OBJECT.after("데모")).isEqualTo("데모를");
        assertThat(Particle.OBJECT.after("결과")).isEqualTo("결과를");
        assertThat(Particle.OBJECT.after("문항")).isEqualTo("문항을");
        assertThat(Particle.AND.after("시그모이드")).isEqualTo("시그모이드와");
        assertThat(Particle.AND.after("ReLU 함수")).isEqualTo("ReLU 함수와");
    }

    @Test
    void digitsAreReadAsSpokenInKorean() {
        // 영 일 이 삼 사 오 육 칠 팔 구
        String[] topic = {"은", "은", "는", "은", "는", "는", "은", "은", "은", "는"};
        for (int d = 0; d <= 9; d++) assertThat(Particle.TOPIC.after("'" + d + "'")).isEqualTo("'" + d + "'" + topic[d]);
        assertThat(Particle.TOPIC.after("'0'")).isEqualTo("'0'은"); // 영은, never '0'는
        assertThat(Particle.SUBJECT.after("10")).isEqualTo("10이"); // 십이
        assertThat(Particle.SUBJECT.after("100")).isEqualTo("100이"); // 백이
        assertThat(Particle.SUBJECT.after("0.25")).isEqualTo("0.25가"); // 영점이오가
        assertThat(Particle.TOPIC.after("３")).isEqualTo("３은");
    }

    @Test
    void singleLatinLettersByTheirNamesLongerWordsNeutral() {
        assertThat(Particle.TOPIC.after("'x'")).isEqualTo("'x'는"); // 엑스는
        assertThat(Particle.TOPIC.after("'L'")).isEqualTo("'L'은"); // 엘은
        assertThat(Particle.TOPIC.after("'m'")).isEqualTo("'m'은");
        assertThat(Particle.TOPIC.after("'relu'")).isEqualTo("'relu'은(는)");
        assertThat(Particle.OBJECT.after("'quit'")).isEqualTo("'quit'을(를)");
    }

    @Test
    void hangulJamoAndSymbols() {
        assertThat(Particle.TOPIC.after("'ㅐ'")).isEqualTo("'ㅐ'는");
        assertThat(Particle.TOPIC.after("'ㅂ'")).isEqualTo("'ㅂ'은"); // 비읍은
        assertThat(Particle.TOPIC.after("'?'")).isEqualTo("'?'은(는)");
        assertThat(Particle.SUBJECT.after("")).isEqualTo("이(가)");
    }
}
