namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>How serious a compiler diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A hint.</summary>
    Info,

    /// <summary>A warning; the code still runs.</summary>
    Warning,

    /// <summary>An error; the code does not run.</summary>
    Error,
}
