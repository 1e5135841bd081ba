namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The code displayed a value (becomes an nbformat display_data).</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="FormattedValues">The value in one or more MIME types.</param>
public sealed record DisplayedValueProduced(string CommandToken, IReadOnlyList<FormattedValue> FormattedValues) : KernelEvent(CommandToken);
