namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>nbgrader's cell predicates (its <c>utils.is_grade</c>, <c>is_solution</c>, <c>is_locked</c>, <c>is_task</c>).</summary>
public static class NbgraderCellExtensions
{
    /// <summary>Whether the cell is a grade cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True for autograder tests and manually graded answers.</returns>
    public static bool IsGrade(this Cell cell) => NbgraderMetadata.Of(cell)?.Grade ?? false;

    /// <summary>Whether the cell is a solution cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True for autograded and manually graded answers.</returns>
    public static bool IsSolution(this Cell cell) => NbgraderMetadata.Of(cell)?.Solution ?? false;

    /// <summary>Whether the cell is a task cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True for manually graded tasks.</returns>
    public static bool IsTask(this Cell cell) => NbgraderMetadata.Of(cell)?.Task ?? false;

    /// <summary>
    /// Whether the cell's source is locked, i.e. restored from the source at grading: never for
    /// solution cells, always for grade cells, otherwise the <c>locked</c> flag (nbgrader's rule).
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True when the student may not change the cell.</returns>
    public static bool IsLocked(this Cell cell)
    {
        var meta = NbgraderMetadata.Of(cell);
        return meta is not null && !meta.Solution && (meta.Grade || meta.Locked);
    }

    /// <summary>Whether nbgrader tracks the cell by its grade_id (grade, solution, locked or task).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True for every kind but <see cref="NbgraderCellKind.None"/>.</returns>
    public static bool IsTracked(this Cell cell) =>
        cell.IsGrade() || cell.IsSolution() || cell.IsLocked() || cell.IsTask();

    /// <summary>The cell's grade_id, or null.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The id, or null.</returns>
    public static string? GradeId(this Cell cell) => NbgraderMetadata.Of(cell)?.GradeId;
}
