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

    /// <summary>
    /// Times several actions in turn, round after round, and keeps each one's best: a load spike from
    /// other processes then hits the baseline and the measured code alike.
    /// </summary>
    public static double[] BestInterleaved(int rounds, params Action[] actions)
    {
        var best = new double[actions.Length];
        Array.Fill(best, double.MaxValue);
        foreach (var action in actions)
        {
            action(); // warm-up
        }

        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < actions.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                actions[i]();
                best[i] = Math.Min(best[i], sw.Elapsed.TotalSeconds);
            }
        }

        return best;
    }

    public static string Verdict(bool pass, string target) => $"{(pass ? "PASS" : "FAIL")} target {target}";
}
