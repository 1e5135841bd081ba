using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Execution;

/// <summary>
/// Runs a notebook top to bottom in a fresh kernel, as <c>jupyter nbconvert --execute
/// --allow-errors</c> does: an error in one cell does not stop the next. Implemented by the kernel
/// host (sandboxed processes); tests use scripted fakes.
/// </summary>
public interface INotebookExecutor
{
    /// <summary>Executes every code cell of a copy of the notebook, in order.</summary>
    /// <param name="notebook">The sanitized notebook; not modified.</param>
    /// <param name="limits">Time, memory and output limits.</param>
    /// <param name="cancellationToken">Stops the run; the executor then kills the kernel.</param>
    /// <returns>The executed copy and a record per cell. A cell that times out is recorded as
    /// <see cref="CellExecutionStatus.TimedOut"/> and the run goes on; a crashed kernel is recorded
    /// as <see cref="CellExecutionStatus.KernelCrashed"/> and later cells as not run.</returns>
    Task<ExecutionResult> ExecuteAsync(Notebook notebook, ExecutionLimits limits, CancellationToken cancellationToken);
}
