namespace HackathonPlatform.KernelHost;

/// <summary>The host's command line: <c>hackathon-kernel [--max-output-bytes N] [--reference DLL]... [--no-warmup]</c>.</summary>
internal sealed record HostOptions(long MaxOutputBytes, IReadOnlyList<string> References, bool WarmUp)
{
    public static HostOptions Parse(string[] args)
    {
        long maxOutput = 10L * 1024 * 1024;
        var references = new List<string>();
        var warmUp = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--max-output-bytes" when i + 1 < args.Length:
                    maxOutput = long.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--reference" when i + 1 < args.Length:
                    references.Add(args[++i]);
                    break;
                case "--no-warmup":
                    warmUp = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        // Our own libraries beside the host are always referenced, so `using HackathonPlatform.Quantum;`
        // works in every cell; the protocol assembly is ours too but harmless to expose.
        references.AddRange(Directory.EnumerateFiles(AppContext.BaseDirectory, "HackathonPlatform.*.dll"));
        // The deep-learning library's public API speaks TorchSharp (Tensor, Module), so cells need it too.
        references.AddRange(Directory.EnumerateFiles(AppContext.BaseDirectory, "TorchSharp.dll"));
        return new HostOptions(maxOutput, references, warmUp);
    }
}
