namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Whether a kernel runs inside bubblewrap (<c>bwrap</c>).</summary>
public enum SandboxMode
{
    /// <summary>Use bubblewrap when it is installed and works here; otherwise run with rlimits only.</summary>
    Auto,

    /// <summary>Refuse to start a kernel without bubblewrap.</summary>
    Required,

    /// <summary>Never use bubblewrap (rlimits and the scrubbed environment still apply).</summary>
    Off,
}
