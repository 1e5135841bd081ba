using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading;

/// <summary>Settings of the grading pipeline.</summary>
public sealed record GradingOptions
{
    /// <summary>The defaults.</summary>
    public static GradingOptions Default { get; } = new();

    /// <summary>Limits on reading the submitted file.</summary>
    public NotebookReadOptions ReadOptions { get; init; } = NotebookReadOptions.Default;

    /// <summary>Limits on execution.</summary>
    public ExecutionLimits ExecutionLimits { get; init; } = ExecutionLimits.Default;

    /// <summary>Limits on kept output.</summary>
    public OutputLimits OutputLimits { get; init; } = OutputLimits.Default;

    /// <summary>The late policy; none by default.</summary>
    public LatePolicy LatePolicy { get; init; } = LatePolicy.None;

    /// <summary>Characters of output kept in each <see cref="CellGrade.Output"/> summary.</summary>
    public int MaxSummaryChars { get; init; } = 4000;
}
