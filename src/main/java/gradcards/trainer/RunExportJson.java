package gradcards.trainer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a {@link RunExport} as the JSON of demos.md §4, doubles in shortest round-trip form. */
public final class RunExportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RunExportJson() {
    }

    /** The export as a JSON string. */
    public static String toJson(RunExport e) {
        StringWriter w = new StringWriter();
        write(e, w);
        return w.toString();
    }

    /** Writes the export as JSON to the writer (which stays open). */
    public static void write(RunExport e, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("demo", e.demo());
            g.writeNumberField("seed", e.seed());
            g.writeNumberField("step", e.step());
            g.writeArrayFieldStart("layers");
            for (RunExport.Layer layer : e.layers()) layer(g, layer);
            g.writeEndArray();
            g.writeStringField("loss", e.loss());
            matrix(g, "inputs", e.inputs());
            matrix(g, "targets", e.targets());
            g.writeNumberField("l2", e.l2());
            g.writeNumberField("l1", e.l1());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void layer(JsonGenerator g, RunExport.Layer l) throws IOException {
        g.writeStartObject();
        g.writeNumberField("in", l.in());
        g.writeNumberField("out", l.out());
        g.writeStringField("activation", l.activation());
        matrix(g, "W", l.w());
        vector(g, "b", l.b());
        if (l.alpha() != null) g.writeNumberField("alpha", l.alpha());
        if (l.mask() != null) matrix(g, "mask", l.mask());
        matrix(g, "dW", l.dW());
        vector(g, "db", l.db());
        if (l.dalpha() != null) g.writeNumberField("dalpha", l.dalpha());
        g.writeEndObject();
    }

    private static void matrix(JsonGenerator g, String name, double[][] m) throws IOException {
        g.writeArrayFieldStart(name);
        for (double[] row : m) g.writeArray(row, 0, row.length);
        g.writeEndArray();
    }

    private static void vector(JsonGenerator g, String name, double[] v) throws IOException {
        g.writeFieldName(name);
        g.writeArray(v, 0, v.length);
    }
}
