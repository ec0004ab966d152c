package gradcards.render;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.demos.DemoRun;
import gradcards.demos.Progress;
import gradcards.i18n.Lang;
import gradcards.i18n.Text;
import gradcards.trainer.LayerProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DemoSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isValidXmlWithOneBarPerLayerPerConfigurationAndACurvePerLoss() throws Exception {
        FakeDemo demo = new FakeDemo("D09", 10, 150);
        DemoRun run = demo.run(0, Progress.NONE);
        Document doc = parse(DemoSvg.render(Text.of("D09 · 배치 정규화", "D09 · Batch norm"), run, demo.verdict(run), Lang.KO));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList rects = doc.getElementsByTagName("rect");
        int background = 1;
        int legend = 2;
        assertThat(rects.getLength()).isEqualTo(background + 2 * 10 + legend);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("D09 · 배치 정규화");
    }

    @Test
    void escapesLabelsAndMarksNonFiniteNorms() throws Exception {
        LayerProfile odd = new LayerProfile("a < b & \"c\"", new double[] {1e-3, Double.NaN, 0.5}, new double[3]);
        DemoRun run = new DemoRun("X", 0, 0, java.util.Map.of(), List.of(odd), List.of());
        Document doc = parse(DemoSvg.render(Text.of("x", "x"), run, null, Lang.EN));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("a < b & \"c\"", "✕ nan", "1.0e-03");
    }

    @Test
    void longerBarsForLargerNorms() throws Exception {
        LayerProfile p = new LayerProfile("p", new double[] {1e-6, 1e-3, 1}, new double[3]);
        Document doc = parse(DemoSvg.render(Text.of("x", "x"), new DemoRun("X", 0, 0, java.util.Map.of(), List.of(p),
                List.of()), null, Lang.EN));
        NodeList rects = doc.getElementsByTagName("rect");
        double w1 = width(rects, 1);
        double w2 = width(rects, 2);
        double w3 = width(rects, 3);
        assertThat(w1).as("the minimum of the scale still shows a hairline").isEqualTo(1.0);
        assertThat(w2).isCloseTo(w3 / 2, org.assertj.core.api.Assertions.within(0.2));
    }

    private static double width(NodeList rects, int i) {
        return Double.parseDouble(((org.w3c.dom.Element) rects.item(i)).getAttribute("width"));
    }
}
