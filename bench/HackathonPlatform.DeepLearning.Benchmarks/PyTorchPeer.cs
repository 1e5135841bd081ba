using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.DeepLearning.Benchmarks;

/// <summary>
/// PyTorch from Debian (python3-torch), always run as /usr/bin/python3 with PATH=/usr/bin:/bin so that a pyenv
/// or virtual-environment Python cannot stand in for it.
/// </summary>
internal static class PyTorchPeer
{
    public const string Packages = "python3-torch";
    private const string Python = "/usr/bin/python3";

    /// <summary>Installs python3-torch as root, or prints the command; returns an exit code to stop with, or null when ready.</summary>
    public static int? EnsureInstalled()
    {
        if (HasTorch())
        {
            return null;
        }

        var command = $"apt-get install -y --no-install-recommends {Packages}";
        if (Environment.UserName != "root")
        {
            Console.Error.WriteLine($"PyTorch from Debian is missing. Install it first: sudo {command}");
            return 2;
        }

        Console.WriteLine($"Installing the PyTorch peer: {command}");
        using var apt = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"DEBIAN_FRONTEND=noninteractive {command}"]))!;
        apt.WaitForExit();
        if (!HasTorch())
        {
            Console.Error.WriteLine("python3-torch is still not importable after apt-get.");
            return 2;
        }

        return null;
    }

    /// <summary>Runs pytorch_peer.py on the exported data; returns its JSON report.</summary>
    public static async Task<JsonObject> TrainAsync(string dataFolder, TimeSpan limit)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "pytorch_peer.py");
        using var process = Process.Start(Command(script, dataFolder)) ?? throw new InvalidOperationException("python3 did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"PyTorch did not finish within {limit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pytorch_peer.py exited with {process.ExitCode}: {await stderr}");
        }

        var lastLine = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonNode.Parse(lastLine)!.AsObject();
    }

    private static bool HasTorch()
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var probe = Process.Start(Command("-c", "import torch"))!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }

    private static ProcessStartInfo Command(params string[] args)
    {
        var info = new ProcessStartInfo(Python, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["PATH"] = "/usr/bin:/bin";
        info.Environment["PYTHONNOUSERSITE"] = "1";
        foreach (var name in new[] { "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV" })
        {
            info.Environment.Remove(name);
        }

        return info;
    }

    /// <summary>The numbers of the report as doubles.</summary>
    public static double[] Numbers(JsonObject report, string name) =>
        report[name]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();

    public static string Describe(JsonObject report) => report.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
