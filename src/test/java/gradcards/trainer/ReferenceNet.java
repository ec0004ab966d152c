package gradcards.trainer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent reading of an exported network (demos.md §4) with its own forward pass and loss, written from the
 * spec only: per example z = W·x + b, y = act(z), y ← y·mask; losses and penalties as in §4.
 */
final class ReferenceNet {
    final List<double[][]> w = new ArrayList<>();
    final List<double[]> b = new ArrayList<>();
    final List<double[]> alpha = new ArrayList<>();
    final List<String> act = new ArrayList<>();
    final List<double[][]> mask = new ArrayList<>();
    final double[][] inputs;
    final double[][] targets;
    final String loss;
    final double l1;
    final double l2;

    ReferenceNet(JsonNode root) {
        for (JsonNode layer : root.get("layers")) {
            w.add(matrix(layer.get("W")));
            b.add(vector(layer.get("b")));
            act.add(layer.get("activation").asText());
            alpha.add(new double[] {layer.has("alpha") ? layer.get("alpha").asDouble() : Double.NaN});
            mask.add(layer.has("mask") ? matrix(layer.get("mask")) : null);
        }
        inputs = matrix(root.get("inputs"));
        targets = matrix(root.get("targets"));
        loss = root.get("loss").asText();
        l1 = root.get("l1").asDouble();
        l2 = root.get("l2").asDouble();
    }

    static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int r = 0; r < m.length; r++) m[r] = vector(node.get(r));
        return m;
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = node.get(i).asDouble();
        return v;
    }

    /** The total loss: data loss plus (l2/2)Σw² + l1Σ|w|. */
    double totalLoss() {
        double data = 0;
        for (int n = 0; n < inputs.length; n++) data += exampleLoss(forward(n), targets[n]);
        int k = targets[0].length;
        data /= loss.equals("softmax_ce") ? inputs.length : (double) inputs.length * k;
        double pen = 0;
        for (double[][] m : w) {
            for (double[] row : m) {
                for (double v : row) pen += l2 / 2 * v * v + l1 * Math.abs(v);
            }
        }
        return data + pen;
    }

    private double[] forward(int n) {
        double[] x = inputs[n];
        for (int l = 0; l < w.size(); l++) {
            double[] y = new double[w.get(l).length];
            for (int o = 0; o < y.length; o++) {
                double z = b.get(l)[o];
                for (int i = 0; i < x.length; i++) z += w.get(l)[o][i] * x[i];
                y[o] = act(act.get(l), z, alpha.get(l)[0]) * (mask.get(l) == null ? 1.0 : mask.get(l)[n][o]);
            }
            x = y;
        }
        return x;
    }

    private static double act(String name, double z, double a) {
        switch (name) {
            case "sigmoid": return 1 / (1 + Math.exp(-z));
            case "tanh": return Math.tanh(z);
            case "relu": return Math.max(0, z);
            case "leaky_relu": case "prelu": return z > 0 ? z : a * z;
            case "linear": return z;
            default: throw new IllegalArgumentException(name);
        }
    }

    private double exampleLoss(double[] y, double[] t) {
        double s = 0;
        if (loss.equals("softmax_ce")) {
            double max = java.util.Arrays.stream(y).max().orElseThrow();
            double sum = 0;
            for (double v : y) sum += Math.exp(v - max);
            for (int j = 0; j < y.length; j++) s -= t[j] * (y[j] - max - Math.log(sum));
            return s;
        }
        for (int j = 0; j < y.length; j++) {
            s += loss.equals("mse") ? (y[j] - t[j]) * (y[j] - t[j])
                    : Math.max(y[j], 0) - t[j] * y[j] + Math.log(1 + Math.exp(-Math.abs(y[j])));
        }
        return s;
    }
}
