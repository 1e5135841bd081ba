using System.Text.Json.Serialization;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Something a kernel reports, named in the past tense. On the wire: one JSON object per line,
/// with a <c>"type"</c> discriminator.
/// </summary>
/// <param name="CommandToken">The token of the command that caused it.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CommandSucceeded), nameof(CommandSucceeded))]
[JsonDerivedType(typeof(CommandFailed), nameof(CommandFailed))]
[JsonDerivedType(typeof(ReturnValueProduced), nameof(ReturnValueProduced))]
[JsonDerivedType(typeof(DisplayedValueProduced), nameof(DisplayedValueProduced))]
[JsonDerivedType(typeof(StandardOutputProduced), nameof(StandardOutputProduced))]
[JsonDerivedType(typeof(StandardErrorProduced), nameof(StandardErrorProduced))]
[JsonDerivedType(typeof(DiagnosticsProduced), nameof(DiagnosticsProduced))]
[JsonDerivedType(typeof(KernelReady), nameof(KernelReady))]
public abstract record KernelEvent(string CommandToken);
