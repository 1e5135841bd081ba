using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Web.Grading;

/// <summary>Plain-text forms of a cell's outputs for the tutor's per-cell view (escaped by Razor when shown).</summary>
public static class CellText
{
    /// <summary>Each output as text; outputs without a text form are described.</summary>
    public static IEnumerable<string> Outputs(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Outputs.Select(o => o switch
        {
            StreamOutput s => s.Text,
            ErrorOutput e => $"{e.ErrorName}: {e.ErrorValue}",
            ExecuteResultOutput r => r.Data.GetText("text/plain") ?? "(a result without a text form)",
            DisplayDataOutput d => d.Data.GetText("text/plain") ?? "(a display without a text form, e.g. an image)",
            _ => "",
        });
    }
}
