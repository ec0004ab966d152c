package gradcards.trainer;

/**
 * Per-layer gradient norms of one configuration at the measured step: index 0 is layer 1 (the input side), the last
 * index the output layer. weightGradNorms[l] = ‖dL/dW_l‖_F; deltaNorms[l] = ‖δ_l‖_F with δ = dL/dz.
 */
public record LayerProfile(String label, double[] weightGradNorms, double[] deltaNorms) {
}
