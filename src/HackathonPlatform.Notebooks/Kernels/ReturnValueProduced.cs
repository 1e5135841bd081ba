namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The cell's last expression had a value (becomes an nbformat execute_result).</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="FormattedValues">The value in one or more MIME types.</param>
public sealed record ReturnValueProduced(string CommandToken, IReadOnlyList<FormattedValue> FormattedValues) : KernelEvent(CommandToken);
