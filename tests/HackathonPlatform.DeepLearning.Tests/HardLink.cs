namespace HackathonPlatform.DeepLearning.Tests;

using System.Diagnostics;

internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> a second name of <paramref name="existing"/> (ln, no -s).</summary>
    public static void Create(string link, string existing)
    {
        using var ln = Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        if (ln.ExitCode != 0)
        {
            throw new IOException($"ln {existing} {link} failed with exit code {ln.ExitCode}");
        }
    }
}
