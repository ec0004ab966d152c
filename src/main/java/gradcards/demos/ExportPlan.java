package gradcards.demos;

import gradcards.trainer.DataSet;
import gradcards.trainer.Loss;
import gradcards.trainer.NetSpec;
import gradcards.trainer.Trainer;

/** The configuration a demo exports: network spec, loss, data and training settings (steps = last exportable step). */
record ExportPlan(NetSpec spec, Loss loss, DataSet data, Trainer.Config config) {

    /** A step-0-only plan with BCE loss. */
    static ExportPlan atInit(NetSpec spec, DataSet data) {
        return new ExportPlan(spec, Loss.BCE_WITH_LOGITS, data, Trainer.Config.of(0, 0.0));
    }

    /** A trained plan with BCE loss. */
    static ExportPlan trained(NetSpec spec, DataSet data, Trainer.Config config) {
        return new ExportPlan(spec, Loss.BCE_WITH_LOGITS, data, config);
    }
}
