namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The code wrote to stderr.</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="Text">The text written.</param>
public sealed record StandardErrorProduced(string CommandToken, string Text) : KernelEvent(CommandToken);
