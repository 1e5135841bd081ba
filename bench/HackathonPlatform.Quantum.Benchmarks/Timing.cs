using System.Diagnostics;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>Wall-clock timing: best of several runs, because the machine is shared and noisy.</summary>
internal static class Timing
{
    public static double BestSeconds(int repetitions, Action action)
    {
        action(); // warm-up: JIT, page faults of fresh arrays
        double best = double.MaxValue;
        for (int i = 0; i < repetitions; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }

    public static string Verdict(bool pass, string target) => $"{(pass ? "PASS" : "FAIL")} target {target}";
}
