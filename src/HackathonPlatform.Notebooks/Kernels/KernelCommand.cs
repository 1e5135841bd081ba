using System.Text.Json.Serialization;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// A request to a kernel, named as an imperative. On the wire: one JSON object per line, with a
/// <c>"type"</c> discriminator (e.g. <c>{"type":"SubmitCode","token":"1","code":"1+1"}</c>).
/// A kernel answers every command with events carrying its token, ending with
/// <see cref="CommandSucceeded"/> or <see cref="CommandFailed"/>.
/// </summary>
/// <param name="Token">Correlates the events a command causes; unique per session.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitCode), nameof(SubmitCode))]
[JsonDerivedType(typeof(InterruptKernel), nameof(InterruptKernel))]
[JsonDerivedType(typeof(ShutdownKernel), nameof(ShutdownKernel))]
public abstract record KernelCommand(string Token);
