using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// VQE for a QUBO on the state-vector simulator: qubit q encodes variable q; the hardware-efficient
/// ansatz (Ry layers and an entangler) is optimised to minimise the expectation, or CVaR_α, of the cost
/// diagonal. From a notebook cell: <c>Vqe.Solve(qubo, new VqeOptions { Layers = 2, Seed = 7 })</c>.
/// Memory: the diagonal (8·2ⁿ bytes) and three state vectors (16·2ⁿ each) for adjoint gradients.
/// </summary>
public static class Vqe
{
    /// <summary>Runs VQE and reports the best measured bitstring and the probability of the optimum.</summary>
    /// <exception cref="ArgumentException">Invalid options (negative depth, α outside (0, 1], mismatched parameters, no variables).</exception>
    /// <exception cref="InsufficientMemoryException">The state vectors would not fit; raised before allocating.</exception>
    public static SolverReport Solve(QuboModel model, VqeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new VqeOptions();
        int n = model.VariableCount;
        Validate(n, options);
        MemoryBudget.EnsureFits(3 * MemoryBudget.StateVectorBytes(n) + MemoryBudget.DiagonalBytes(n), 1L << n, $"VQE on {n} qubits");
        var cost = model.CostDiagonal();
        var circuit = Ansatz.HardwareEfficient(n, options.Layers, options.Entangler);
        int finalLayer = options.Layers * n;
        double[] Start(int index, Random random)
        {
            if (index == 0 && options.InitialParameters is { } given)
            {
                return [.. given];
            }
            // Near |+>^n: every basis state starts equally likely, and the noise breaks the symmetry.
            var theta = new double[circuit.ParameterCount];
            for (int j = 0; j < theta.Length; j++)
            {
                theta[j] = (j >= finalLayer ? Math.PI / 2 : 0) + (0.2 * (random.NextDouble() - 0.5));
            }
            return theta;
        }
        var setup = new VariationalSetup(
            "vqe", model, circuit, cost, options.Alpha,
            options.Optimizer ?? new Adam(new AdamOptions { LearningRate = 0.1, MaxIterations = 150, Patience = 15 }),
            options.Starts, Start, options.Seed, options.Shots, options.ReferenceValue,
            $"hardware-efficient Ry + {options.Entangler} entangler, {options.Layers} layer(s), {circuit.ParameterCount} parameters, CVaR alpha={options.Alpha}",
            options.Progress, options.TimeLimit);
        return VariationalRunner.Run(setup, cancellationToken);
    }

    private static void Validate(int n, VqeOptions o)
    {
        if (n < 1 || n > StateVector.MaxQubits)
        {
            throw new ArgumentException($"VQE needs 1 to {StateVector.MaxQubits} variables (one qubit each); the model has {n}.", nameof(n));
        }
        if (o.Layers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Layers, "The number of ansatz layers (depth) must be 0 or more.");
        }
        Cvar.CheckAlpha(o.Alpha);
        if (o.Starts < 1 || o.Shots < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(o), "Starts and shots must be at least 1.");
        }
        int expected = (o.Layers + 1) * n;
        if (o.InitialParameters is { } p && (p.Count != expected || p.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException(
                $"The ansatz with {o.Layers} layer(s) on {n} qubits has {expected} parameters; {p.Count} initial values were given (all must be finite).", nameof(o));
        }
    }
}
