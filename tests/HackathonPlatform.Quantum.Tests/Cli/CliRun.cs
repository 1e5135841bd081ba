using HackathonPlatform.Cli;

namespace HackathonPlatform.Quantum.Tests.Cli;

/// <summary>Runs `hackathon` in-process and captures its streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = HackathonCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hackathon-cli-{Guid.NewGuid():N}.sparse");
        File.WriteAllText(path, content);
        return path;
    }
}
