using System.Security.Cryptography;
using System.Text;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// What a reload compares to decide whether an exercise's grades are out of date: the parts of the
/// grading master that grade (test and locked cells, with hidden tests, and every tracked cell's
/// points), and, separately, the deadline and late policy. Solution cells are left out: grading
/// replaces them with the participant's answer, so editing the reference solution changes no grade.
/// </summary>
public static class ExerciseFingerprint
{
    /// <summary>A SHA-256 over the cells that decide the autograde score.</summary>
    public static string Tests(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var text = new StringBuilder();
        foreach (var cell in exercise.Release.GradingMaster.Cells.Where(c => c.IsTracked()))
        {
            var meta = NbgraderMetadata.Of(cell)!;
            text.Append(meta.GradeId).Append('\u001f').Append(cell.CellType).Append('\u001f').Append(meta.Points?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append('\u001f').Append(cell.IsSolution() ? "" : cell.Source).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whether two versions of an exercise judge lateness differently.</summary>
    public static bool TimingDiffers(Exercise before, Exercise after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.DueAt != after.DueAt || !Equals(before.LatePolicy, after.LatePolicy);
    }
}
