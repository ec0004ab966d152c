package gradcards.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Html#toText} skips the passes that cannot match (no '<', no "[sound:") and collapses spaces without a regex:
 * on seeded random field HTML built from the pieces Anki fields hold it gives exactly what {@link PlainHtml} (every
 * pass, every time) gives.
 */
class HtmlReferenceTest {
    private static final List<String> PIECES = List.of("기울기", "gradient", " ", "  ", "   ", "\t", "\n", "\r\n", "\r",
            "\u00a0", "&amp;", "&lt;", "&gt;", "&nbsp;", "&#44032;", "&#xAC00;", "&unknown;", "&", "&#0;", "<br>", "<br/>",
            "<BR />", "<div>", "</div>", "<p class=\"x\">", "</p>", "<ul>", "<li>", "</li>", "</ul>", "<td>", "</td>",
            "<th>", "</th>", "<tr>", "</tr>", "<b>", "</b>", "<img src=\"a.png\">", "<img src='b c.jpg'/>",
            "<style>p{}</style>", "<script>x<y</script>", "<!-- note -->", "[sound:x.mp3]", "[sound:", "[", "]", "<",
            ">", "{{c1::σ}}", "a  b", " x ", "<h2>", "</h2>", "<span style=\"a\">");

    @Test
    void toTextEqualsEveryPassEveryTime() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            for (int k = 0; k < n; k++) b.append(PIECES.get(rnd.nextInt(PIECES.size())));
            String html = b.toString();
            assertThat(Html.toText(html)).as(html).isEqualTo(PlainHtml.toText(html));
        }
    }

    @Test
    void characterReferencesDecodeAsTheRegexDid() {
        String alphabet = "&&&#;;xX0123456789aAfFgzZ 가";
        Random rnd = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(16);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            if (rnd.nextInt(4) == 0) b.append("&").append("a".repeat(rnd.nextInt(35))).append(";");
            if (rnd.nextInt(4) == 0) b.append("&#").append("9".repeat(rnd.nextInt(9))).append(";");
            if (rnd.nextInt(4) == 0) b.append("&#x").append("F".repeat(rnd.nextInt(8))).append(";");
            String text = b.toString();
            assertThat(Html.entities(text)).as(text).isEqualTo(PlainHtml.entities(text));
        }
    }
}
