package gradcards.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradcards.demos.DemoRun;
import gradcards.demos.LossCurve;
import gradcards.demos.MultiSeed;
import gradcards.i18n.Text;
import gradcards.trainer.LayerProfile;
import java.util.List;

/**
 * The machine-readable result of `demo run --json`: seeds, total trainer time, median/min/max/values per metric,
 * and the first seed's layer profiles, final losses and verdict. Non-finite numbers are the strings "inf", "-inf", "nan".
 */
public final class DemoJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DemoJson() {
    }

    /** The JSON text (pretty-printed) of the runs of one demo, in seed order. */
    public static String of(String demoId, List<DemoRun> runs, Text verdict) {
        ObjectNode root = F.objectNode();
        root.put("demo", demoId);
        ArrayNode seeds = root.putArray("seeds");
        runs.forEach(r -> seeds.add(r.seed()));
        root.set("elapsed_ms", number(Math.round(runs.stream().mapToLong(DemoRun::trainerNanos).sum() / 1e3) / 1e3));
        ObjectNode metrics = root.putObject("metrics");
        MultiSeed.summarise(runs).forEach((name, s) -> metrics.set(name, summary(s)));
        root.set("profiles", profiles(runs.get(0).profiles()));
        root.set("final_loss", finalLosses(runs.get(0).curves()));
        if (verdict != null) root.set("verdict", F.objectNode().put("ko", verdict.ko()).put("en", verdict.en()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON number, or "inf" / "-inf" / "nan" for a non-finite value. */
    public static JsonNode number(double v) {
        return Double.isFinite(v) ? F.numberNode(v) : F.textNode(Num.nonFinite(v));
    }

    private static ObjectNode summary(MultiSeed.Summary s) {
        ObjectNode n = F.objectNode();
        n.set("median", number(s.median()));
        n.set("min", number(s.min()));
        n.set("max", number(s.max()));
        n.set("values", numbers(s.values()));
        return n;
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode a = F.arrayNode();
        for (double v : values) a.add(number(v));
        return a;
    }

    private static ArrayNode profiles(List<LayerProfile> profiles) {
        ArrayNode a = F.arrayNode();
        for (LayerProfile p : profiles) {
            ObjectNode n = a.addObject().put("label", p.label());
            n.set("weight_grad_norms", numbers(p.weightGradNorms()));
            n.set("delta_norms", numbers(p.deltaNorms()));
        }
        return a;
    }

    private static ObjectNode finalLosses(List<LossCurve> curves) {
        ObjectNode n = F.objectNode();
        for (LossCurve c : curves) {
            if (c.values().length > 0) n.set(c.label(), number(c.values()[c.values().length - 1]));
        }
        return n;
    }
}
