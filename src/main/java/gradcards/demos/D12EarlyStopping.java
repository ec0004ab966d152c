package gradcards.demos;

import gradcards.i18n.Text;
import gradcards.trainer.EarlyStopping;
import gradcards.trainer.GradientProbe;
import gradcards.trainer.Network;
import gradcards.trainer.Sgd;
import gradcards.trainer.Trainer;
import java.util.Arrays;
import java.util.List;

/** D12: early stopping on a validation set (checked every 10 steps, patience 50) stops near the validation minimum. */
final class D12EarlyStopping extends BaseDemo {
    private static final Trainer.Config CONFIG = Trainer.Config.of(600, 0.002);
    private static final int EVERY = 10;
    private static final int PATIENCE = 50;

    D12EarlyStopping() {
        super("D12", Text.of("조기 종료: 검증 손실이 나빠지기 전에 멈춘다", "Early stopping on a small noisy task"),
                List.of("S38", "S39", "S40", "B23"), 0.09);
    }

    @Override
    void measure(long seed, Progress progress, RunBuilder out) {
        Network net = DemoKit.network(DemoKit.teacherNet(), seed);
        EarlyStopping es = new EarlyStopping(PATIENCE);
        double[] val = new double[CONFIG.steps() + 1];
        out.profile(GradientProbe.measure(net, DemoKit.trainSet()).profile("relu 8-32-32-1, step 0"));
        Trainer.Result r = Trainer.train(net, DemoKit.trainSet(), new Sgd(0.9), CONFIG, (step, loss) -> {
            if (step % EVERY != 0) return;
            val[step] = net.evaluate(DemoKit.valSet()).loss();
            es.observe(step, val[step]);
            progress.update("relu 8-32-32-1", step, CONFIG.steps(), loss);
        });
        int stop = es.stopStep() < 0 ? CONFIG.steps() : es.stopStep();
        out.arm("relu", r.diverged()).metric("best_step", es.bestStep()).metric("val@best", es.bestLoss())
                .metric("stop_step", stop).metric("val@stop", val[stop]).metric("val@600", val[CONFIG.steps()])
                .metric("train@600", net.evaluate(DemoKit.trainSet()).loss());
        out.profile(GradientProbe.measure(net, DemoKit.trainSet()).profile("relu 8-32-32-1, step 600"));
        out.curve("train", r.curve());
        out.curve("val (every 10 steps)", held(val));
    }

    /** The validation values carried forward between checks. */
    private static double[] held(double[] val) {
        double[] h = Arrays.copyOf(val, val.length);
        for (int k = 1; k < h.length; k++) {
            if (k % EVERY != 0) h[k] = h[k - 1];
        }
        return h;
    }

    @Override
    ExportPlan exportPlan(long seed) {
        return ExportPlan.trained(DemoKit.teacherNet(), DemoKit.trainSet(), CONFIG);
    }

    @Override
    public Text verdict(DemoRun run) {
        var m = run.metrics();
        String best = Fmt.num(m.get("best_step"));
        String stop = Fmt.num(m.get("stop_step"));
        String vs = Fmt.num(m.get("val@stop"));
        String v600 = Fmt.num(m.get("val@600"));
        return Text.of("검증 손실 최저는 " + best + "단계, 조기 종료는 " + stop + "단계(검증 손실 " + vs + "); 600단계까지 가면 " + v600
                        + " → 검증 데이터로 과대적합 직전에 멈춘다",
                "validation loss is lowest at step " + best + "; early stopping fires at step " + stop + " (val " + vs
                        + ") vs " + v600 + " at step 600 → validation data stop training before it overfits");
    }
}
