using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Variational;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>
/// `hackathon qubo solve --method vqe` on 10 random instances of 16 to 20 variables (integer weights in
/// [−10, 10], half the pairs coupled), one seed each, with the CLI's settings (the <see cref="VqeOptions"/>
/// defaults and its 55 s time limit): the optimum, proven by the exact solver in the same run, must be
/// found in at least 9 of 10 runs, each within 60 s.
/// </summary>
internal sealed class VqeSolveBenchmark(int runs = 10) : IBenchmark
{
    public string Name => "vqe";

    public bool Run()
    {
        int found = 0;
        double slowest = 0;
        for (int seed = 0; seed < runs; seed++)
        {
            int n = 16 + (seed % 5);
            var qubo = RandomInstance(n, 1000 + seed);
            double optimum = ExactSolver.Solve(qubo).BestValue;
            var report = Vqe.Solve(qubo, new VqeOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(55) });
            bool hit = report.BestValue == optimum && report.WallSeconds <= 60;
            found += hit ? 1 : 0;
            slowest = Math.Max(slowest, report.WallSeconds);
            Console.WriteLine($"vqe: n={n} seed={seed}: best {report.BestValue} vs optimum {optimum}, p(opt)={report.ProbabilityOfOptimum:F3}, {report.Evaluations} circuit runs, {report.WallSeconds:F1} s {(hit ? "found" : "MISSED")}");
        }
        bool pass = found >= (int)Math.Ceiling(0.9 * runs);
        Console.WriteLine($"vqe: optimum found in {found}/{runs} runs = {(double)found / runs:F2}, slowest {slowest:F1} s; {Timing.Verdict(pass, ">= 9/10 within 60 s each")}");
        return pass;
    }

    private static QuboModel RandomInstance(int n, int seed)
    {
        var random = new Random(seed);
        var b = new QuboBuilder(n);
        for (int i = 0; i < n; i++)
        {
            b.AddLinear(i, random.Next(-10, 11));
            for (int j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < 0.5)
                {
                    b.AddQuadratic(i, j, random.Next(-10, 11));
                }
            }
        }
        return b.Build();
    }
}
