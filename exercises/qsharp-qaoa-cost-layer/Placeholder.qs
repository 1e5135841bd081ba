namespace Kata {
    /// Applies the QAOA cost layer exp(-i γ f) of the QUBO f(x) = Σ_i linear[i] x_i + Σ_(i, j, b) b x_i x_j:
    /// the basis state |x⟩ (qubit i holds x_i) must pick up the phase exp(-i γ f(x)), up to a global phase.
    /// Each pair (i, j) appears at most once in `quadratic`, with i != j.
    operation ApplyQuboCostLayer(gamma : Double, linear : Double[], quadratic : (Int, Int, Double)[], qubits : Qubit[]) : Unit is Adj + Ctl {
        // Implement the operation here.
    }
}
