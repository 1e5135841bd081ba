using System.Text;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>Notebooks a participant might submit, made from the released notebook the hub hands out.</summary>
internal static class SubmissionNotebooks
{
    /// <summary>Texts of the hidden tests of qubo-maxcut-intro: none may ever reach a participant.</summary>
    public static readonly string[] HiddenSnippets = ["HIDDEN TESTS", "== 6.5", "== 12.0", "triangle", "alternating sides", "swapping the sides"];

    /// <summary>The release with the reference solutions (taken from the source notebook) and a written answer.</summary>
    public static Notebook Solved(string releaseJson)
    {
        var notebook = NotebookReader.Read(releaseJson);
        var source = NotebookReader.ReadFile(Path.Combine(GradingHubFactory.RepositoryRoot, "exercises", GradingHubFactory.Exercise, GradingHubFactory.Exercise + ".ipynb"));
        foreach (var cell in notebook.Cells.Where(c => c.IsSolution()))
        {
            cell.Source = cell.CellType == CellType.Markdown
                ? "Only the best samples matter for a combinatorial problem, so CVaR rewards states that already hold good cuts."
                : source.Cells.First(c => c.GradeId() == cell.GradeId()).Source;
        }

        return notebook;
    }

    public static byte[] Bytes(Notebook notebook) => Encoding.UTF8.GetBytes(NotebookWriter.Write(notebook));

    public static Cell Cell(Notebook notebook, string gradeId) => notebook.Cells.First(c => c.GradeId() == gradeId);
}
