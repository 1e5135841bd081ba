namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The code wrote to stdout; sent as it happens, so output streams while a cell runs.</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="Text">The text written.</param>
public sealed record StandardOutputProduced(string CommandToken, string Text) : KernelEvent(CommandToken);
