using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Tests;

/// <summary>Small notebooks built in code: a C# exercise with every nbgrader cell kind.</summary>
internal static class Fixtures
{
    /// <summary>
    /// 0 intro (Markdown), 1 "square" autograded answer, 2 "square_tests" tests (1 visible + hidden,
    /// 2 points), 3 "read_only" locked Markdown, 4 "explain" manually graded Markdown answer (1 point),
    /// 5 "task" task (2 points), 6 "partial" tests that return a partial score (3 points).
    /// </summary>
    public static Notebook CSharpExercise()
    {
        var notebook = new Notebook { NbFormatMinor = 5 };
        notebook.KernelSpec = new KernelSpec(".net-csharp", ".NET (C#)", "C#");
        notebook.Metadata["language_info"] = new JsonObject { ["name"] = "C#" };
        notebook.Cells.Add(Cell.Markdown("# Squares\nWrite `Square`."));
        notebook.Cells.Add(Cell.Code("int Square(int x)\n{\n    // ### BEGIN SOLUTION\n    return x * x;\n    // ### END SOLUTION\n}", Meta("square", solution: true)));
        notebook.Cells.Add(Cell.Code("Assert(Square(2) == 4);\n// ### BEGIN HIDDEN TESTS\nAssert(Square(12) == 144);\n// ### END HIDDEN TESTS", Meta("square_tests", grade: true, points: 2)));
        notebook.Cells.Add(Cell.Markdown("Do not edit this.", Meta("read_only", locked: true)));
        notebook.Cells.Add(Cell.Markdown("Squares grow fast.", Meta("explain", grade: true, solution: true, points: 1)));
        var task = Meta("task", locked: true, points: 2);
        task["nbgrader"]!["task"] = true;
        notebook.Cells.Add(Cell.Markdown("Plot the squares.", task));
        notebook.Cells.Add(Cell.Code("Enumerable.Range(0, 3).Count(i => Square(i) == i * i)", Meta("partial", grade: true, points: 3)));
        return notebook;
    }

    public static JsonObject Meta(string id, bool grade = false, bool solution = false, bool locked = false, double? points = null)
    {
        var nbgrader = new JsonObject
        {
            ["grade"] = grade,
            ["grade_id"] = id,
            ["locked"] = locked,
            ["schema_version"] = 3,
            ["solution"] = solution,
        };
        if (points is not null)
        {
            nbgrader["points"] = points;
        }

        return new JsonObject { ["nbgrader"] = nbgrader };
    }
}
