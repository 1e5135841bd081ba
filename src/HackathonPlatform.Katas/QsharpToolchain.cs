using System.Text.Json;

namespace HackathonPlatform.Katas;

/// <summary>
/// The Node side of Q#: the scripts in <c>quantum/</c> and the pinned <c>qsharp-lang</c> package
/// they load. Also tells a kernel launcher how to start the Q# kernel.
/// </summary>
public static class QsharpToolchain
{
    /// <summary>The command that installs the pinned package.</summary>
    public const string InstallCommand = "cd quantum && npm ci";

    /// <summary>The Q# kernel script (speaks the kernel protocol on stdin/stdout).</summary>
    public const string KernelScript = "qsharp-kernel.mjs";

    /// <summary>Checks that the package is installed and returns its version.</summary>
    /// <param name="quantumDirectory">The <c>quantum/</c> folder.</param>
    /// <returns>The installed qsharp-lang version, e.g. <c>1.32.5-dev</c>.</returns>
    /// <exception cref="QsharpToolchainException">node_modules/qsharp-lang is missing or unreadable.</exception>
    public static string InstalledVersion(string quantumDirectory)
    {
        var manifest = Path.Combine(quantumDirectory, "node_modules", "qsharp-lang", "package.json");
        if (!File.Exists(manifest))
        {
            throw new QsharpToolchainException($"qsharp-lang is not installed ({manifest} is missing). Run: {InstallCommand}");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return document.RootElement.GetProperty("version").GetString() ?? "unknown";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or IOException)
        {
            throw new QsharpToolchainException($"{manifest} is unreadable ({ex.Message}). Run: {InstallCommand}", ex);
        }
    }

    /// <summary>
    /// The node flags every Q# process gets: the V8 heap cap, and inline wasm bounds checks instead of
    /// V8's ~10 GiB guard-region reservation, which an address-space rlimit would refuse at start-up.
    /// </summary>
    /// <param name="heapMegabytes">The V8 heap limit; the simulator's wasm memory (up to 4 GiB) comes on top.</param>
    /// <returns>The flags, before the script's path.</returns>
    public static IReadOnlyList<string> NodeFlags(int heapMegabytes = 512) =>
        [$"--max-old-space-size={heapMegabytes}", "--disable-wasm-trap-handler"];

    /// <summary>
    /// The arguments that start the Q# kernel with <c>node</c>: <see cref="NodeFlags"/>, then the script.
    /// A launcher appends its own arguments (<c>--max-output-bytes N</c> is understood).
    /// </summary>
    /// <param name="quantumDirectory">The <c>quantum/</c> folder.</param>
    /// <param name="heapMegabytes">The V8 heap limit; the simulator's wasm memory (up to 4 GiB) comes on top.</param>
    /// <returns>The arguments for <c>node</c>.</returns>
    public static IReadOnlyList<string> KernelArguments(string quantumDirectory, int heapMegabytes = 512) =>
        [.. NodeFlags(heapMegabytes), Path.Combine(Path.GetFullPath(quantumDirectory), KernelScript)];
}
