using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Execution;

/// <summary>
/// Truncates huge outputs with a notice, so that a runaway print cannot bloat the stored notebook
/// or the feedback page: nbgrader's LimitOutput line rules, then a character cap per value.
/// Large non-text values (images) are replaced by a text notice.
/// </summary>
public static class OutputLimiter
{
    /// <summary>Limits every code cell's outputs in place.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="flags">Receives one flag per truncated cell.</param>
    public static void Limit(Notebook notebook, OutputLimits limits, ICollection<GradingFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(flags);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.CellType == CellType.Code && (LimitStreams(cell, limits) | LimitEach(cell, limits)))
            {
                var name = cell.GradeId() is { } id ? $"'{id}'" : $"{i}";
                flags.Add(new GradingFlag(GradingFlagKind.OutputTruncated, cell.GradeId(), $"The output of cell {name} was too large and was truncated."));
            }
        }
    }

    private static bool LimitStreams(Cell cell, OutputLimits limits)
    {
        if (limits.MaxLines < 0)
        {
            return false;
        }

        var truncated = false;
        var length = 0;
        foreach (var output in cell.Outputs.ToList())
        {
            if (output is not StreamOutput stream)
            {
                continue;
            }

            if (length >= limits.MaxLines)
            {
                cell.Outputs.Remove(stream);
                truncated = true;
                continue;
            }

            var lines = stream.Text.Split('\n').ToList();
            if (lines.Count + length > limits.MaxLines)
            {
                lines = [.. lines.Take(Math.Max(0, limits.MaxLines - length - 1)), limits.TruncationNotice];
                stream.Text = string.Join('\n', lines);
                truncated = true;
            }

            length += lines.Count;
        }

        return truncated;
    }

    private static bool LimitEach(Cell cell, OutputLimits limits)
    {
        var truncated = false;
        foreach (var output in cell.Outputs)
        {
            switch (output)
            {
                case StreamOutput stream when stream.Text.Length > limits.MaxCharsPerOutput:
                    stream.Text = Cut(stream.Text, limits);
                    truncated = true;
                    break;
                case ErrorOutput error:
                    truncated |= LimitTraceback(error, limits);
                    break;
                case DisplayDataOutput display:
                    truncated |= LimitBundle(display.Data, limits);
                    break;
                case ExecuteResultOutput result:
                    truncated |= LimitBundle(result.Data, limits);
                    break;
            }
        }

        return truncated;
    }

    private static bool LimitTraceback(ErrorOutput error, OutputLimits limits)
    {
        var truncated = false;
        if (limits.MaxTracebackLines >= 0 && error.Traceback.Count > limits.MaxTracebackLines)
        {
            var start = limits.MaxTracebackLines / 2;
            var end = limits.MaxTracebackLines - start - 1;
            var kept = error.Traceback.Take(start).Append(limits.TruncationNotice).Concat(error.Traceback.Skip(error.Traceback.Count - end)).ToList();
            error.Traceback.Clear();
            kept.ForEach(error.Traceback.Add);
            truncated = true;
        }

        if (error.ErrorValue.Length > limits.MaxCharsPerOutput)
        {
            error.ErrorValue = Cut(error.ErrorValue, limits);
            truncated = true;
        }

        return truncated;
    }

    private static bool LimitBundle(MimeBundle bundle, OutputLimits limits)
    {
        var truncated = false;
        foreach (var mime in bundle.MimeTypes.ToList())
        {
            var size = bundle.Values[mime] is JsonValue v && v.TryGetValue(out string? s) ? s.Length : bundle.Values[mime]?.ToJsonString().Length ?? 0;
            if (size <= limits.MaxCharsPerOutput)
            {
                continue;
            }

            truncated = true;
            if (mime.StartsWith("text/", StringComparison.Ordinal) && mime != "text/html")
            {
                bundle.SetText(mime, Cut(bundle.GetText(mime)!, limits));
            }
            else
            {
                // Cut HTML or base64 is broken markup or a broken image: drop it, say so in text.
                bundle.Values.Remove(mime);
                bundle.SetText("text/plain", $"{limits.TruncationNotice} ({mime} output of {size} characters removed)");
            }
        }

        return truncated;
    }

    private static string Cut(string text, OutputLimits limits) =>
        text[..limits.MaxCharsPerOutput] + "\n" + limits.TruncationNotice;
}
