using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// The Jupyter peer from Debian: nbconvert, ipykernel, jupyter-server, JupyterHub 3.0 and its proxy.
/// Always Debian's /usr/bin/python3 with PATH=/usr/bin:/bin: a pyenv Python may come first on PATH and lacks these modules.
/// </summary>
internal static class JupyterTools
{
    public const string Packages = "jupyter-nbconvert python3-ipykernel jupyter-client python3-jupyter-server jupyterhub node-configurable-http-proxy";

    private static readonly string[] Programs = ["/usr/bin/jupyter-nbconvert", "/usr/bin/jupyterhub", "/usr/bin/jupyterhub-singleuser", "/usr/bin/configurable-http-proxy"];

    /// <summary>Installs what is missing (as root) or says how; returns an exit code to stop with, or null when all is there.</summary>
    public static int? EnsureInstalled()
    {
        if (Missing().Length == 0)
        {
            return null;
        }

        var command = $"apt-get install -y --no-install-recommends {Packages}";
        if (Environment.UserName != "root")
        {
            Console.Error.WriteLine($"Missing {string.Join(", ", Missing())}. Install the peer first: sudo {command}");
            return 2;
        }

        Console.WriteLine($"Installing the Jupyter peer: {command}");
        using var apt = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"DEBIAN_FRONTEND=noninteractive {command}"]))!;
        apt.WaitForExit();
        if (Missing().Length > 0)
        {
            Console.Error.WriteLine($"Still missing after apt-get: {string.Join(", ", Missing())}");
            return 2;
        }

        return null;
    }

    /// <summary>A start info for a Jupyter program with Debian's environment and a private HOME.</summary>
    public static ProcessStartInfo Command(string program, string home, params string[] args)
    {
        var info = new ProcessStartInfo(program, args) { WorkingDirectory = home };
        info.Environment["PATH"] = "/usr/bin:/bin";
        info.Environment["HOME"] = home;
        info.Environment["NODE_PATH"] = "/usr/share/nodejs";
        info.Environment["PYTHONNOUSERSITE"] = "1";
        foreach (var name in new[] { "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "JUPYTER_PATH", "JUPYTER_CONFIG_DIR" })
        {
            info.Environment.Remove(name);
        }

        return info;
    }

    /// <summary>`jupyter nbconvert --to notebook --execute` of one notebook; returns the seconds it took.</summary>
    public static async Task<double> NbconvertAsync(string notebook, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(notebook)!;
        var clock = Stopwatch.StartNew();
        var code = await ChildProcesses.RunAsync(
            Command("/usr/bin/jupyter-nbconvert", folder, "--to", "notebook", "--execute", "--output", Path.GetFileNameWithoutExtension(notebook) + ".out", notebook),
            cancellationToken);
        if (code != 0)
        {
            throw new InvalidOperationException($"nbconvert exited with {code} on {notebook}.");
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static string[] Missing() => Programs.Where(p => !File.Exists(p)).ToArray();
}
