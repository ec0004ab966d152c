package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsHangulByDisplayWidthAndWrapsTheFlexibleColumn() {
        Table t = new Table(List.of("id", "제목", "시간"), 1, false, false, true)
                .add(List.of("D01", "시그모이드 도함수의 최댓값은 0.25이다", "<0.01 s"))
                .add(List.of("D02", "ReLU", "0.45 s"));
        List<String> lines = t.render(30, new Style(true));
        for (String l : lines) assertThat(Cells.width(l)).isLessThanOrEqualTo(30);
        assertThat(lines.get(1)).endsWith("<0.01 s");
        assertThat(Cells.width(lines.get(1))).isEqualTo(Cells.width(lines.get(lines.size() - 1)));
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(lines.get(0)).startsWith(" id   제목");
    }
}
