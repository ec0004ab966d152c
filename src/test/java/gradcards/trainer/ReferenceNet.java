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

    /** The gradients of {@link #totalLoss} by reverse mode, example by example, written from demos.md §4 only. */
    record Grads(List<double[][]> dW, List<double[]> db, double[] dalpha) {
    }

    /**
     * dW, db and dα of the total loss: per example the forward pass keeps z and act(z), the loss gradient of the
     * output goes back through the mask, act'(z) (act'(0) = 0 for relu, α for leaky_relu/prelu) and Wᵀ; dα sums
     * dy·z over z ≤ 0; penalties add l2·W + l1·sign(W).
     */
    Grads gradients() {
        int layers = w.size();
        List<double[][]> dW = new ArrayList<>();
        List<double[]> db = new ArrayList<>();
        double[] dalpha = new double[layers];
        for (int l = 0; l < layers; l++) {
            dW.add(new double[w.get(l).length][w.get(l)[0].length]);
            db.add(new double[w.get(l).length]);
        }
        int k = targets[0].length;
        double scale = loss.equals("softmax_ce") ? 1.0 / inputs.length : 1.0 / ((double) inputs.length * k);
        for (int n = 0; n < inputs.length; n++) {
            double[][] xs = new double[layers + 1][];
            double[][] zs = new double[layers][];
            double[][] ys = new double[layers][];
            xs[0] = inputs[n];
            for (int l = 0; l < layers; l++) {
                double[][] m = w.get(l);
                zs[l] = new double[m.length];
                ys[l] = new double[m.length];
                xs[l + 1] = new double[m.length];
                for (int o = 0; o < m.length; o++) {
                    double z = b.get(l)[o];
                    for (int i = 0; i < xs[l].length; i++) z += m[o][i] * xs[l][i];
                    zs[l][o] = z;
                    ys[l][o] = act(act.get(l), z, alpha.get(l)[0]);
                    xs[l + 1][o] = ys[l][o] * (mask.get(l) == null ? 1.0 : mask.get(l)[n][o]);
                }
            }
            double[] g = outputGradient(xs[layers], targets[n], scale);
            for (int l = layers - 1; l >= 0; l--) {
                double[][] m = w.get(l);
                double[] prev = new double[xs[l].length];
                for (int o = 0; o < m.length; o++) {
                    double dy = g[o] * (mask.get(l) == null ? 1.0 : mask.get(l)[n][o]);
                    double z = zs[l][o];
                    double a = alpha.get(l)[0];
                    if ((act.get(l).equals("leaky_relu") || act.get(l).equals("prelu")) && z <= 0) dalpha[l] += dy * z;
                    double dz = dy * derivative(act.get(l), z, ys[l][o], a);
                    db.get(l)[o] += dz;
                    for (int i = 0; i < prev.length; i++) {
                        dW.get(l)[o][i] += dz * xs[l][i];
                        prev[i] += m[o][i] * dz;
                    }
                }
                g = prev;
            }
        }
        for (int l = 0; l < layers; l++) {
            for (int o = 0; o < w.get(l).length; o++) {
                for (int i = 0; i < w.get(l)[o].length; i++) {
                    double v = w.get(l)[o][i];
                    dW.get(l)[o][i] += l2 * v + l1 * Math.signum(v);
                }
            }
        }
        return new Grads(dW, db, dalpha);
    }

    private double[] outputGradient(double[] y, double[] t, double scale) {
        double[] g = new double[y.length];
        if (loss.equals("softmax_ce")) {
            double max = java.util.Arrays.stream(y).max().orElseThrow();
            double sum = 0;
            for (double v : y) sum += Math.exp(v - max);
            for (int j = 0; j < y.length; j++) g[j] = (Math.exp(y[j] - max) / sum - t[j]) * scale;
            return g;
        }
        for (int j = 0; j < y.length; j++) {
            g[j] = (loss.equals("mse") ? 2 * (y[j] - t[j]) : 1 / (1 + Math.exp(-y[j])) - t[j]) * scale;
        }
        return g;
    }

    private static double derivative(String name, double z, double y, double a) {
        switch (name) {
            case "sigmoid": return y * (1 - y);
            case "tanh": return 1 - y * y;
            case "relu": return z > 0 ? 1 : 0;
            case "leaky_relu": case "prelu": return z > 0 ? 1 : a;
            default: return 1;
        }
    }
}
