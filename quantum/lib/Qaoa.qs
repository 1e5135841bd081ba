// QAOA building blocks for a QUBO in its Ising form H = Σ h_i Z_i + Σ J_ij Z_i Z_j (spin +1 for
// bit 0, as in HackathonPlatform.Quantum.Models.IsingModel). The cost layer is exp(-i γ H) exactly
// up to a global phase (the Ising offset), which a DumpMachine cannot distinguish anyway.
namespace HackathonPlatform.Quantum {
    import Std.Diagnostics.Fact;

    /// # Summary
    /// exp(-i γ H) for H = Σ h_i Z_i + Σ J_ij Z_i Z_j: Rz(2γ h_i) on qubit i, Rzz(2γ J_ij) on (i, j).
    /// # Input
    /// ## couplings
    /// (i, j, J_ij) with i != j; each pair once.
    operation QaoaCostLayer(gamma : Double, fields : Double[], couplings : (Int, Int, Double)[], qubits : Qubit[]) : Unit is Adj + Ctl {
        Fact(Length(fields) == Length(qubits), "one field per qubit");
        for i in 0..Length(fields) - 1 {
            if fields[i] != 0.0 {
                Rz(2.0 * gamma * fields[i], qubits[i]);
            }
        }
        for (i, j, weight) in couplings {
            Fact(i != j, "a coupling needs two different qubits");
            Rzz(2.0 * gamma * weight, qubits[i], qubits[j]);
        }
    }

    /// # Summary
    /// The transverse-field mixer exp(-i β Σ X_q) = Π_q Rx(2β).
    operation QaoaMixer(beta : Double, qubits : Qubit[]) : Unit is Adj + Ctl {
        for q in qubits {
            Rx(2.0 * beta, q);
        }
    }

    /// # Summary
    /// |+>^n, then for each k: the cost layer with gammas[k] and the mixer with betas[k].
    operation QaoaCircuit(gammas : Double[], betas : Double[], fields : Double[], couplings : (Int, Int, Double)[], qubits : Qubit[]) : Unit is Adj + Ctl {
        Fact(Length(gammas) == Length(betas), "one beta per gamma");
        for q in qubits {
            H(q);
        }
        for k in 0..Length(gammas) - 1 {
            QaoaCostLayer(gammas[k], fields, couplings, qubits);
            QaoaMixer(betas[k], qubits);
        }
    }

    /// # Summary
    /// The Ising form of the QUBO f(x) = Σ a_i x_i + Σ b_ij x_i x_j with x = (1 - s) / 2:
    /// h_i = -a_i/2 - Σ_j b_ij/4, J_ij = b_ij/4, offset = Σ a_i/2 + Σ b_ij/4 (as IsingConversions in C#).
    /// # Output
    /// (fields, couplings, offset)
    function QuboToIsing(linear : Double[], quadratic : (Int, Int, Double)[]) : (Double[], (Int, Int, Double)[], Double) {
        mutable fields = [0.0, size = Length(linear)];
        mutable offset = 0.0;
        for i in 0..Length(linear) - 1 {
            set fields w/= i <- fields[i] - linear[i] / 2.0;
            set offset += linear[i] / 2.0;
        }
        mutable couplings = [];
        for (i, j, b) in quadratic {
            set fields w/= i <- fields[i] - b / 4.0;
            set fields w/= j <- fields[j] - b / 4.0;
            set offset += b / 4.0;
            set couplings += [(i, j, b / 4.0)];
        }
        (fields, couplings, offset)
    }
}
