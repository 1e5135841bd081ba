namespace HackathonPlatform.Notebooks;

/// <summary>The notebook's <c>metadata.kernelspec</c>: which kernel runs it.</summary>
/// <param name="Name">The kernel's name, e.g. <c>python3</c> or <c>.net-csharp</c>.</param>
/// <param name="DisplayName">The name shown to users.</param>
/// <param name="Language">The kernel's language, e.g. <c>python</c> or <c>C#</c>; may be null.</param>
public sealed record KernelSpec(string Name, string DisplayName, string? Language);
