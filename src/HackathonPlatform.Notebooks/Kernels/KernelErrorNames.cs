namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// The <see cref="CommandFailed.ErrorName"/> values a client reports when it, not the code, ended a
/// cell. Other error names are the exception's type, or <see cref="CompilationError"/>.
/// </summary>
public static class KernelErrorNames
{
    /// <summary>The code did not compile; <see cref="DiagnosticsProduced"/> came before.</summary>
    public const string CompilationError = "CompilationError";

    /// <summary>The cell ran past its wall-clock limit; the kernel was killed and restarted.</summary>
    public const string CellTimeout = "CellTimeout";

    /// <summary>The user interrupted the cell; the kernel was killed and restarted.</summary>
    public const string KernelInterrupted = "KernelInterrupted";

    /// <summary>The kernel process died (CPU limit, crash, memory); it was restarted.</summary>
    public const string KernelDied = "KernelDied";

    /// <summary>The managed heap limit was hit; the kernel was restarted to free the memory.</summary>
    public const string OutOfMemory = "System.OutOfMemoryException";
}
