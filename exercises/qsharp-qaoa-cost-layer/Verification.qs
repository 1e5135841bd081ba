namespace Kata.Verification {
    import Std.Diagnostics.*;

    // The reference works on the bits directly, not in Ising form as Solution.qs does: the phase
    // exp(-iγ a x_i) is R1(-γa) on qubit i, and exp(-iγ b x_i x_j) is R1(-γb) on j controlled by i.
    operation ReferenceCostLayer(gamma : Double, linear : Double[], quadratic : (Int, Int, Double)[], qubits : Qubit[]) : Unit is Adj + Ctl {
        for i in 0..Length(linear) - 1 {
            R1(-gamma * linear[i], qubits[i]);
        }
        for (i, j, b) in quadratic {
            Controlled R1([qubits[i]], (-gamma * b, qubits[j]));
        }
    }

    // Fixed instances with unequal weights of both signs, so that a sign, a factor 2 or a missing
    // term all change the phases.
    function TestCases() : (Double, Double[], (Int, Int, Double)[])[] {
        [
            (0.7, [1.0, -2.0], [(0, 1, 3.0)]),
            (0.31, [0.5, 1.5, -1.0], [(0, 1, -2.0), (1, 2, 1.0), (0, 2, 0.25)]),
            (1.3, [0.0, 0.0, 0.0], [(0, 2, 1.0)]),
            (0.45, [2.0, -0.5, 0.75, -1.25], [(0, 1, 1.5), (1, 2, -0.5), (2, 3, 2.0), (0, 3, -1.0), (1, 3, 0.6)])
        ]
    }

    operation CheckSolution() : Bool {
        for (gamma, linear, quadratic) in TestCases() {
            let n = Length(linear);
            if not CheckOperationsAreEqual(n, Kata.ApplyQuboCostLayer(gamma, linear, quadratic, _), ReferenceCostLayer(gamma, linear, quadratic, _)) {
                Message("Incorrect.");
                Message($"The phases differ for gamma = {gamma}, linear = {linear}, quadratic = {quadratic}.");
                Message("Hint: |x⟩ must gain exp(-iγ f(x)). Either work on bits (R1 on qubit i for a_i, a controlled R1 for b_ij) or substitute x = (1 - z)/2 and use Rz and Rzz; constant terms are a global phase and may be dropped.");
                use qubits = Qubit[n];
                for q in qubits {
                    H(q);
                }
                Message("Your layer applied to |+...+⟩:");
                Kata.ApplyQuboCostLayer(gamma, linear, quadratic, qubits);
                DumpMachine();
                ResetAll(qubits);
                return false;
            }
        }
        Message("Correct!");
        Message("Your cost layer matches exp(-iγf) up to a global phase on all test instances.");
        true
    }
}
