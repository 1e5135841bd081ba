using System.Text.RegularExpressions;

namespace HackathonPlatform.Spawning.Flavours;

/// <summary>Checks flavours at start-up, so a typo in configuration fails the hub's start, not a user's spawn.</summary>
public static partial class FlavourValidator
{
    private static readonly string[] Operators = ["Equal", "Exists"];
    private static readonly string[] Effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

    /// <summary>Every problem of every flavour, and duplicate names and an unknown default.</summary>
    /// <param name="options">The configured flavours.</param>
    /// <returns>Sentences naming the flavour and the field; empty when all is well.</returns>
    public static IReadOnlyList<string> Validate(FlavourOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Items.SelectMany(Validate).ToList();
        errors.AddRange(options.Items.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Flavour name '{g.Key}' is used {g.Count()} times."));
        if (options.Default is { } name && !options.Items.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"The default flavour '{name}' is not defined.");
        }

        return errors;
    }

    /// <summary>The problems of one flavour.</summary>
    /// <param name="flavour">The flavour.</param>
    /// <returns>Sentences naming the flavour and the field; empty when valid.</returns>
    public static IReadOnlyList<string> Validate(Flavour flavour)
    {
        ArgumentNullException.ThrowIfNull(flavour);
        var errors = new List<string>();
        var name = flavour.Name ?? "";
        void Error(string message) => errors.Add($"Flavour '{name}': {message}");

        if (!NamePattern().IsMatch(name))
        {
            Error("Name must be 1-40 lower-case letters, digits or dashes, starting with a letter (it is used in URLs, labels and job names).");
        }

        if (flavour.Cpu is <= 0 or > 1024 || double.IsNaN(flavour.Cpu))
        {
            Error($"Cpu must be above 0 and at most 1024, not {flavour.Cpu}.");
        }

        if (flavour.MemoryMb is < 64 or > 16 * 1024 * 1024)
        {
            Error($"MemoryMb must be between 64 and 16777216, not {flavour.MemoryMb}.");
        }

        if (flavour.GpuCount is < 0 or > 64)
        {
            Error($"GpuCount must be between 0 and 64, not {flavour.GpuCount}.");
        }

        if (flavour.GpuModel is { } model && !LabelValuePattern().IsMatch(model))
        {
            Error($"GpuModel '{model}' must be letters, digits, '-', '_' or '.'.");
        }

        if (!ResourcePattern().IsMatch(flavour.GpuResource ?? ""))
        {
            Error($"GpuResource '{flavour.GpuResource}' is not an extended resource name like nvidia.com/gpu or nvidia.com/mig-1g.10gb.");
        }

        if (flavour.Gres is { } gres && !GresPattern().IsMatch(gres))
        {
            Error($"Gres '{gres}' is not a Slurm gres like gpu:2 or gpu:a100:1.");
        }

        if (flavour.TimeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            Error("TimeLimit must be positive.");
        }

        foreach (var text in new[] { flavour.Partition, flavour.Account, flavour.KueueQueue }.OfType<string>().Where(t => !LabelValuePattern().IsMatch(t)))
        {
            // These reach sbatch options and labels: no spaces, quotes or commas.
            Error($"'{text}' is not a valid partition, account or queue name.");
        }

        foreach (var (key, value) in flavour.NodeSelector)
        {
            if (!LabelKeyPattern().IsMatch(key) || (value.Length > 0 && !LabelValuePattern().IsMatch(value)))
            {
                Error($"Node selector '{key}={value}' is not a valid Kubernetes label.");
            }
        }

        foreach (var toleration in flavour.Tolerations)
        {
            if (!Operators.Contains(toleration.Operator) || (toleration.Effect is { } effect && !Effects.Contains(effect))
                || (toleration.Operator == "Equal" && toleration.Key is null) || (toleration.Operator == "Exists" && toleration.Value is not null))
            {
                Error($"Toleration {toleration.Key}/{toleration.Operator}/{toleration.Value}/{toleration.Effect} is not valid (operator Equal needs a key, Exists takes no value; effects: {string.Join(", ", Effects)}).");
            }
        }

        return errors;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelValuePattern();

    [GeneratedRegex("^([a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelKeyPattern();

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?/[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")]
    private static partial Regex ResourcePattern();

    [GeneratedRegex("^[a-z0-9_]+(:[A-Za-z0-9_.-]+)?:[0-9]+$")]
    private static partial Regex GresPattern();
}
