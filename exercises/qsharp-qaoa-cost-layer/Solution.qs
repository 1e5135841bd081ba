namespace Kata {
    /// Applies the QAOA cost layer exp(-i γ f) of the QUBO f(x) = Σ_i linear[i] x_i + Σ_(i, j, b) b x_i x_j:
    /// the basis state |x⟩ (qubit i holds x_i) must pick up the phase exp(-i γ f(x)), up to a global phase.
    /// Each pair (i, j) appears at most once in `quadratic`, with i != j.
    operation ApplyQuboCostLayer(gamma : Double, linear : Double[], quadratic : (Int, Int, Double)[], qubits : Qubit[]) : Unit is Adj + Ctl {
        // In Ising form (x = (1 - z) / 2, z = ±1 the eigenvalue of Z):
        //   a x        = a/2 - (a/2) z
        //   b x_i x_j  = b/4 (1 - z_i - z_j + z_i z_j)
        // Constants are a global phase. exp(-iγ c Z) = Rz(2γc) and exp(-iγ c Z⊗Z) = Rzz(2γc).
        for i in 0..Length(linear) - 1 {
            Rz(-gamma * linear[i], qubits[i]);
        }
        for (i, j, b) in quadratic {
            Rz(-gamma * b / 2.0, qubits[i]);
            Rz(-gamma * b / 2.0, qubits[j]);
            Rzz(gamma * b / 2.0, qubits[i], qubits[j]);
        }
    }
}
