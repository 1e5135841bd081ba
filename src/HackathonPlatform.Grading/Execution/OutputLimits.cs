namespace HackathonPlatform.Grading.Execution;

/// <summary>How much output per cell is kept for grading and feedback (nbgrader's LimitOutput, plus size caps).</summary>
public sealed record OutputLimits
{
    /// <summary>nbgrader's defaults (1000 lines, 100 traceback lines) and 100,000 characters per output.</summary>
    public static OutputLimits Default { get; } = new();

    /// <summary>Stream lines kept per cell, all streams together; -1 for no limit.</summary>
    public int MaxLines { get; init; } = 1000;

    /// <summary>Traceback entries kept per error (half from the start, the rest from the end); -1 for no limit.</summary>
    public int MaxTracebackLines { get; init; } = 100;

    /// <summary>Characters kept per text value (a single huge line is not caught by the line limit).</summary>
    public int MaxCharsPerOutput { get; init; } = 100_000;

    /// <summary>The notice that replaces what was cut.</summary>
    public string TruncationNotice { get; init; } = "... Output truncated ...";
}
