using System.Numerics;
using System.Text;
using HackathonPlatform.Katas.Tests.Support;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Katas.Tests;

/// <summary>
/// quantum/lib and the exercises' reference solutions against the C# simulator, to 1e-9 (one
/// node process per test: each run recompiles, so every case is batched into one entry).
/// </summary>
public sealed class QsharpLibraryTests
{
    private static readonly (int Qubits, int Layers)[] AnsatzCases = [(1, 0), (2, 1), (3, 2), (4, 3), (5, 2), (6, 1)];

    [Fact]
    public async Task Library_ansatz_and_the_exercise_solution_prepare_the_CSharp_simulators_state()
    {
        var random = new Random(20261127);
        var cases = AnsatzCases.Select(c => (c.Qubits, c.Layers, Parameters: RandomAngles(random, (c.Layers + 1) * c.Qubits))).ToList();
        var body = new StringBuilder();
        foreach (var (qubits, layers, parameters) in cases)
        {
            foreach (var op in new[] { "HackathonPlatform.Quantum.HardwareEfficientAnsatz", "Kata.PrepareAnsatz" })
            {
                body.AppendLine($"        DumpAnsatz({op}, {qubits}, {layers}, {QsharpStates.Literal(parameters)});");
            }
        }

        var dumps = await QsharpStates.DumpsAsync(TestNamespace(body.ToString()), "Test.Run()", ExerciseSolution("qsharp-vqe-ansatz"));

        Assert.Equal(2 * cases.Count, dumps.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var (qubits, layers, parameters) = cases[i];
            var expected = Ansatz.HardwareEfficient(qubits, layers).Run(parameters).Amplitudes;
            QsharpStates.AssertSameState(expected, dumps[2 * i], $"library ansatz, {qubits} qubits, {layers} layers");
            QsharpStates.AssertSameState(expected, dumps[(2 * i) + 1], $"exercise solution, {qubits} qubits, {layers} layers");
        }
    }

    [Fact]
    public async Task Library_qaoa_circuit_and_qubo_cost_layers_match_the_CSharp_diagonal_phases()
    {
        var random = new Random(42);
        const int N = 4;
        var qubo = RandomQubo(random, N);
        double[] gammas = [0.37, -0.81], betas = [0.52, 0.19];
        var (linear, quadratic) = QsharpQubo(qubo);
        var body = $$"""
                use qs = Qubit[{{N}}];
                let (fields, couplings, _) = HackathonPlatform.Quantum.QuboToIsing({{linear}}, {{quadratic}});
                HackathonPlatform.Quantum.QaoaCircuit({{QsharpStates.Literal(gammas)}}, {{QsharpStates.Literal(betas)}}, fields, couplings, qs);
                DumpMachine(); ResetAll(qs);
                ApplyToEach(H, qs);
                Kata.ApplyQuboCostLayer({{QsharpStates.Literal(gammas[0])}}, {{linear}}, {{quadratic}}, qs);
                DumpMachine(); ResetAll(qs);
        """;

        var dumps = await QsharpStates.DumpsAsync(TestNamespace(body), "Test.Run()", ExerciseSolution("qsharp-qaoa-cost-layer"));

        // The Ising energy of QuboToIsing equals f up to its offset, so exp(-iγH) = exp(-iγf) up to a global phase.
        var cost = qubo.CostDiagonal();
        var qaoa = PlusState(N);
        for (var k = 0; k < gammas.Length; k++)
        {
            qaoa.ApplyDiagonalPhase(cost, gammas[k]);
            qaoa.ApplyRotationLayer(PauliAxis.X, [.. Enumerable.Repeat(2 * betas[k], N)]);
        }

        QsharpStates.AssertSameState(qaoa.Amplitudes, dumps[0], "QaoaCircuit(QuboToIsing(f))");
        var layer = PlusState(N);
        layer.ApplyDiagonalPhase(cost, gammas[0]);
        QsharpStates.AssertSameState(layer.Amplitudes, dumps[1], "exercise solution of the QUBO cost layer");
    }

    private static string ExerciseSolution(string exercise) => Path.Combine(Repository.ExercisesDirectory, exercise, "Solution.qs");

    // DumpMachine shows every allocated qubit: each case allocates and releases its own register.
    private static string TestNamespace(string body) => $$"""
        namespace Test {
            import Std.Diagnostics.*;
            operation DumpAnsatz(ansatz : (Int, Double[], Qubit[]) => Unit, qubitCount : Int, layers : Int, parameters : Double[]) : Unit {
                use qs = Qubit[qubitCount];
                ansatz(layers, parameters, qs);
                DumpMachine();
                ResetAll(qs);
            }
            operation Run() : Unit {
        {{body}}
            }
        }
        """;

    private static double[] RandomAngles(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 4 * Math.PI) - (2 * Math.PI))];

    private static QuboModel RandomQubo(Random random, int n)
    {
        var builder = new QuboBuilder(n);
        for (var i = 0; i < n; i++)
        {
            builder.AddLinear(i, Math.Round((random.NextDouble() * 4) - 2, 3));
            for (var j = i + 1; j < n; j++)
            {
                builder.AddQuadratic(i, j, Math.Round((random.NextDouble() * 4) - 2, 3));
            }
        }

        return builder.Build();
    }

    private static (string Linear, string Quadratic) QsharpQubo(QuboModel qubo) =>
        (QsharpStates.Literal(qubo.LinearCoefficients),
         "[" + string.Join(", ", qubo.QuadraticTerms.Select(t => $"({t.I}, {t.J}, {QsharpStates.Literal(t.Weight)})")) + "]");

    private static StateVector PlusState(int n)
    {
        var state = new StateVector(n);
        for (var q = 0; q < n; q++)
        {
            state.ApplyH(q);
        }

        return state;
    }
}
