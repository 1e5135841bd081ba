using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>Names the cell in authoring errors, so an instructor can find it.</summary>
internal static class CellErrors
{
    public static NotebookFormatException At(int index, Cell cell, string problem) =>
        new($"cell {index}{Describe(cell)}: {problem}", null, $"cells[{index}]");

    public static NotebookFormatException At(int index, Cell cell, NotebookFormatException inner) =>
        new($"cell {index}{Describe(cell)}: {inner.Problem ?? inner.Message}", null, $"cells[{index}]", null, null, inner);

    private static string Describe(Cell cell) => cell.GradeId() is { } id ? $" ('{id}')" : string.Empty;
}
