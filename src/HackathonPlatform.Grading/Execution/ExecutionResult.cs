using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Execution;

/// <summary>What an executor returns.</summary>
/// <param name="Executed">The notebook with outputs and execution counts filled in.</param>
/// <param name="Cells">One record per cell of <paramref name="Executed"/>, in order.</param>
public sealed record ExecutionResult(Notebook Executed, IReadOnlyList<CellExecution> Cells);
