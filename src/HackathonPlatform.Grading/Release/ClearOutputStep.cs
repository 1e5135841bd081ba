using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbconvert's ClearOutputPreprocessor, as nbgrader uses it: removes outputs and execution counts,
/// and the view-state metadata (<c>collapsed</c>, <c>scrolled</c>, <c>execution</c> timings) that
/// would otherwise leak from the instructor's session.
/// </summary>
public sealed class ClearOutputStep : IReleaseStep
{
    private static readonly string[] ViewStateKeys = ["collapsed", "scrolled", "execution"];

    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language) => Clear(notebook);

    /// <summary>Clears outputs in place (used by sanitizing too).</summary>
    /// <param name="notebook">The notebook.</param>
    public static void Clear(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        foreach (var cell in notebook.Cells)
        {
            cell.ClearOutputs();
            foreach (var key in ViewStateKeys)
            {
                cell.Metadata.Remove(key);
            }
        }
    }
}
