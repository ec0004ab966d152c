package gradcards.trainer;

import java.util.Locale;

/** A hidden- or output-layer activation y = act(z), with its derivative act'(z); act'(0) = 0 for ReLU. */
public enum Activation {
    SIGMOID, TANH, RELU, LEAKY_RELU, PRELU, LINEAR;

    /** The negative slope of leaky_relu (Maas et al. 2013). */
    public static final double LEAKY_SLOPE = 0.01;
    /** The initial negative slope of PReLU (He et al. 2015). */
    public static final double PRELU_INIT = 0.25;

    /** The stable code used in JSON and on the command line, e.g. "leaky_relu". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code such as "relu" or "leaky_relu"; throws IllegalArgumentException listing the allowed codes. */
    public static Activation parse(String code) {
        for (Activation a : values()) {
            if (a.code().equals(code)) return a;
        }
        throw new IllegalArgumentException("unknown activation '" + code
                + "' (allowed: sigmoid, tanh, relu, leaky_relu, prelu, linear)");
    }

    /** Whether this activation has a negative-side slope alpha (leaky_relu, prelu). */
    public boolean hasSlope() {
        return this == LEAKY_RELU || this == PRELU;
    }

    /** y = act(z) for one value; alpha is the negative slope (used by leaky_relu and prelu only). */
    public double apply(double z, double alpha) {
        switch (this) {
            case SIGMOID: return sigmoid(z);
            case TANH: return Math.tanh(z);
            case RELU: return z > 0 ? z : 0.0;
            case LEAKY_RELU:
            case PRELU: return z > 0 ? z : alpha * z;
            default: return z;
        }
    }

    /** act'(z) given z and y = act(z): σ' = y(1−y), tanh' = 1−y², ReLU' = 1[z>0], leaky/PReLU' = 1 or alpha. */
    public double derivative(double z, double y, double alpha) {
        switch (this) {
            case SIGMOID: return y * (1.0 - y);
            case TANH: return 1.0 - y * y;
            case RELU: return z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU:
            case PRELU: return z > 0 ? 1.0 : alpha;
            default: return 1.0;
        }
    }

    /** Whether an output y counts as saturated: sigmoid outside [0.01, 0.99], |tanh| > 0.99. */
    public boolean saturated(double y) {
        if (this == SIGMOID) return y < 0.01 || y > 0.99;
        if (this == TANH) return Math.abs(y) > 0.99;
        return false;
    }

    /**
     * acc + Σⱼ act'(a[j]) given y = act(a), added one by one in j order (the same sum as calling {@link #derivative}
     * per element), with one loop per kind.
     */
    public double addDerivatives(double[] a, double[] y, double alpha, double acc) {
        double s = acc;
        switch (this) {
            case SIGMOID:
                for (int j = 0; j < y.length; j++) s += y[j] * (1.0 - y[j]);
                break;
            case TANH:
                for (int j = 0; j < y.length; j++) s += 1.0 - y[j] * y[j];
                break;
            case RELU:
                for (int j = 0; j < a.length; j++) s += a[j] > 0 ? 1.0 : 0.0;
                break;
            case LEAKY_RELU:
            case PRELU:
                for (int j = 0; j < a.length; j++) s += a[j] > 0 ? 1.0 : alpha;
                break;
            default:
                for (int j = 0; j < a.length; j++) s += 1.0;
        }
        return s;
    }

    /** How many of the outputs y count as saturated ({@link #saturated}). */
    public int countSaturated(double[] y) {
        int c = 0;
        if (this == SIGMOID) {
            for (double v : y) {
                if (v < 0.01 || v > 0.99) c++;
            }
        } else if (this == TANH) {
            for (double v : y) {
                if (Math.abs(v) > 0.99) c++;
            }
        }
        return c;
    }

    /** The logistic function 1/(1+e^−z), computed without overflow. */
    public static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * Applies the activation to a whole batch: y[n][j] = act(z[n][j]). One plain loop per kind in a small method per
     * row, with no call or switch per element: the row methods are called often enough that even a demo's first
     * (cold) run gets them compiled within its first layer, where one long loop would wait for on-stack replacement.
     */
    public void applyAll(double[][] z, double[][] y, double alpha) {
        for (int n = 0; n < z.length; n++) {
            double[] zn = z[n];
            double[] yn = y[n];
            switch (this) {
                case SIGMOID:
                    sigmoidAll(zn, yn);
                    break;
                case TANH:
                    tanhAll(zn, yn);
                    break;
                case RELU:
                    reluAll(zn, yn);
                    break;
                case LEAKY_RELU:
                case PRELU:
                    leakyAll(zn, yn, alpha);
                    break;
                default:
                    System.arraycopy(zn, 0, yn, 0, zn.length);
            }
        }
    }

    private static void tanhAll(double[] z, double[] y) {
        for (int j = 0; j < z.length; j++) y[j] = Math.tanh(z[j]);
    }

    private static void reluAll(double[] z, double[] y) {
        for (int j = 0; j < z.length; j++) y[j] = z[j] > 0 ? z[j] : 0.0;
    }

    private static void leakyAll(double[] z, double[] y, double alpha) {
        for (int j = 0; j < z.length; j++) y[j] = z[j] > 0 ? z[j] : alpha * z[j];
    }

    /** y[j] = σ(z[j]), exactly as {@link #sigmoid}. */
    private static void sigmoidAll(double[] z, double[] y) {
        for (int j = 0; j < z.length; j++) {
            double v = z[j];
            if (v >= 0) {
                y[j] = 1.0 / (1.0 + Math.exp(-v));
            } else {
                double e = Math.exp(v);
                y[j] = e / (1.0 + e);
            }
        }
    }

    /**
     * Back through the activation for a whole batch: da = gy·act'(a); returns Σ gy·a over a ≤ 0, which is dL/dα for
     * leaky_relu and prelu.
     */
    public double backwardAll(double[][] a, double[][] y, double[][] gy, double[][] da, double alpha) {
        double dalpha = 0;
        for (int n = 0; n < a.length; n++) {
            double[] an = a[n];
            double[] yn = y[n];
            double[] g = gy[n];
            double[] d = da[n];
            switch (this) {
                case SIGMOID:
                    sigmoidBackward(yn, g, d);
                    break;
                case TANH:
                    tanhBackward(yn, g, d);
                    break;
                case RELU:
                    reluBackward(an, g, d);
                    break;
                case LINEAR:
                    System.arraycopy(g, 0, d, 0, g.length);
                    break;
                default:
                    dalpha += slopeBackward(an, g, d, alpha);
            }
        }
        return dalpha;
    }

    private static void sigmoidBackward(double[] y, double[] g, double[] d) {
        for (int j = 0; j < g.length; j++) d[j] = g[j] * y[j] * (1.0 - y[j]);
    }

    private static void tanhBackward(double[] y, double[] g, double[] d) {
        for (int j = 0; j < g.length; j++) d[j] = g[j] * (1.0 - y[j] * y[j]);
    }

    private static void reluBackward(double[] a, double[] g, double[] d) {
        for (int j = 0; j < g.length; j++) d[j] = a[j] > 0 ? g[j] : 0.0;
    }

    private static double slopeBackward(double[] a, double[] g, double[] d, double alpha) {
        double dalpha = 0;
        for (int j = 0; j < g.length; j++) {
            boolean on = a[j] > 0;
            d[j] = on ? g[j] : alpha * g[j];
            if (!on) dalpha += g[j] * a[j];
        }
        return dalpha;
    }
}
