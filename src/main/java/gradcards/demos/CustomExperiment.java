package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.DataSet;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Network;
import gradcards.trainer.Optimizer;
import gradcards.trainer.Penalty;
import gradcards.trainer.Probe;
import gradcards.trainer.RunExport;
import gradcards.trainer.RunExports;
import gradcards.trainer.StepListener;
import gradcards.trainer.Trainer;

/** Runs and exports a {@link CustomSpec}: gradient profile at step 0 and at the end, and the loss curve. */
public final class CustomExperiment {
    /** The demo id used in runs and exports. */
    public static final String ID = "custom";

    private CustomExperiment() {
    }

    /** Trains the spec's network and measures it; metrics w_ratio, d_ratio, gnorm, sat_frac, dead_frac at step 0. */
    public static DemoRun run(CustomSpec spec, Progress progress) {
        RunBuilder out = new RunBuilder();
        Network net = DemoKit.network(spec.netSpec(), spec.seed());
        DataSet data = data(spec);
        Probe initial = GradientProbe.measure(net, data);
        Trainer.Result r = DemoKit.train(net, data, Optimizer.of(spec.optimizer()), config(spec, spec.steps()),
                spec.activation() + " + " + spec.init(), progress);
        Probe end = GradientProbe.read(net, r.finalLoss());
        metrics(initial, out);
        // a diverged run has no final loss or end-of-training gradients worth a number: they are reported as nan
        double nan = Double.NaN;
        out.metric("final_loss", r.diverged() ? nan : r.finalLoss());
        out.metric("diverged", DemoKit.flag(r.diverged()));
        out.metric("w_ratio@end", r.diverged() ? nan : end.wRatio());
        out.metric("d_ratio@end", r.diverged() ? nan : end.dRatio());
        out.metric("gnorm@end", r.diverged() ? nan : end.gnorm());
        out.profile(initial.profile("step 0"));
        out.profile(end.profile("step " + spec.steps()));
        out.curve(spec.activation() + " + " + spec.init(), r.curve());
        return out.build(ID, spec.seed());
    }

    private static void metrics(Probe p, RunBuilder out) {
        out.metric("w_ratio", p.wRatio());
        out.metric("d_ratio", p.dRatio());
        out.metric("gnorm", p.gnorm());
        out.metric("sat_frac", p.satFrac());
        out.metric("dead_frac", p.deadFrac());
    }

    /** The network at the given step with its own gradients of the total loss (plain MLPs only: no BN, no skips). */
    public static RunExport export(CustomSpec spec, int step) {
        if (spec.batchnorm() || spec.residual()) {
            throw new IllegalArgumentException("only plain MLPs can be exported (turn off batch norm and residual)");
        }
        if (step < 0 || step > spec.steps()) throw new IllegalArgumentException("step must be 0.." + spec.steps());
        Network net = DemoKit.network(spec.netSpec(), spec.seed());
        Trainer.train(net, data(spec), Optimizer.of(spec.optimizer()), config(spec, step), StepListener.NONE);
        return RunExports.of(ID, spec.seed(), step, net, data(spec), new Penalty(spec.l1(), spec.l2()));
    }

    /**
     * One line on what the run shows, with its numbers; a diverged run says so first (which arm, at which step, that
     * its end-of-training metrics are nan) and is never described as healthy.
     */
    public static Text verdict(DemoRun run) {
        String w = Fmt.num(run.metrics().get("w_ratio"));
        String d = Fmt.num(run.metrics().get("d_ratio"));
        String l = Fmt.num(run.metrics().get("final_loss"));
        Double flag = run.metrics().get("diverged");
        if (flag != null && flag > 0) {
            LossCurve c = run.curves().isEmpty() ? null : run.curves().get(0);
            int step = c == null ? -1 : firstNonFinite(c.values());
            String arm = c == null ? "" : c.label() + " ";
            String at = step < 0 ? "" : step + "";
            return Text.of("⚠ 발산: " + arm + "학습이 " + (at.isEmpty() ? "" : at + "단계에서 ")
                            + "발산했습니다 (손실, 가중치 또는 기울기가 유한하지 않음). 최종 손실과 학습 후 지표는 nan입니다. "
                            + "--lr을 낮추거나 --clip을 쓰세요. 처음(0단계) 1층 기울기는 출력층의 " + w + "배, δ 비율 " + d,
                    "⚠ diverged: " + arm + "training diverged" + (at.isEmpty() ? "" : " at step " + at)
                            + " (loss, weights or gradients not finite); its final loss and end-of-training metrics are "
                            + "nan. Lower --lr or add --clip. At step 0 layer 1 got " + w + " of the output layer's "
                            + "gradient, δ ratio " + d);
        }
        return Text.of("초기 상태에서 1층 기울기는 출력층의 " + w + "배, δ 비율 " + d + "; 학습 후 손실 " + l,
                "at step 0 layer 1 gets " + w + " of the output layer's gradient, δ ratio " + d + "; final loss " + l);
    }

    /** The first step whose loss is not finite, or −1. */
    static int firstNonFinite(double[] curve) {
        for (int k = 0; k < curve.length; k++) {
            if (!Double.isFinite(curve[k])) return k;
        }
        return -1;
    }

    private static DataSet data(CustomSpec spec) {
        return spec.data().equals("spirals") ? DemoKit.SPIRALS : DemoKit.trainSet();
    }

    private static Trainer.Config config(CustomSpec spec, int steps) {
        return new Trainer.Config(steps, spec.lr(), new Penalty(spec.l1(), spec.l2()), spec.clip());
    }
}
