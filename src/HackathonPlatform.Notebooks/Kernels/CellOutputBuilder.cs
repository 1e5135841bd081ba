namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Turns one cell's kernel events into nbformat outputs, as Jupyter stores them: consecutive
/// writes to the same stream are merged, a return value becomes an execute_result, displayed
/// values display_data, a failure an error output (compile errors with their diagnostics).
/// </summary>
/// <param name="executionCount">The count written on an execute_result.</param>
public sealed class CellOutputBuilder(int? executionCount)
{
    private readonly List<Output> _outputs = [];
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The outputs so far, in order.</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>The failure that ended the cell, or null.</summary>
    public CommandFailed? Failure { get; private set; }

    /// <summary>Whether the cell ended successfully.</summary>
    public bool Succeeded { get; private set; }

    /// <summary>Adds one event.</summary>
    /// <param name="kernelEvent">An event of the cell.</param>
    public void Add(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case StandardOutputProduced o:
                AppendStream("stdout", o.Text);
                break;
            case StandardErrorProduced e:
                AppendStream("stderr", e.Text);
                break;
            case ReturnValueProduced r:
                _outputs.Add(new ExecuteResultOutput(executionCount, Bundle(r.FormattedValues)));
                break;
            case DisplayedValueProduced d:
                _outputs.Add(new DisplayDataOutput(Bundle(d.FormattedValues)));
                break;
            case DiagnosticsProduced d:
                _diagnostics.AddRange(d.Diagnostics.Where(x => x.Severity == DiagnosticSeverity.Error));
                break;
            case CommandFailed f:
                Failure = f;
                var traceback = f.Traceback.Count > 0
                    ? f.Traceback
                    : [.. _diagnostics.Select(x => $"({x.StartLine + 1},{x.StartColumn + 1}): error {x.Id}: {x.Message}").DefaultIfEmpty($"{f.ErrorName}: {f.Message}")];
                _outputs.Add(new ErrorOutput(f.ErrorName, f.Message, traceback));
                break;
            case CommandSucceeded:
                Succeeded = true;
                break;
        }
    }

    private void AppendStream(string name, string text)
    {
        if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == name)
        {
            last.Text += text;
        }
        else
        {
            _outputs.Add(new StreamOutput(name, text));
        }
    }

    private static MimeBundle Bundle(IReadOnlyList<FormattedValue> values)
    {
        var bundle = new MimeBundle();
        foreach (var value in values)
        {
            if (MimeBundle.IsJsonMimeType(value.MimeType))
            {
                try
                {
                    bundle.Values[value.MimeType] = System.Text.Json.Nodes.JsonNode.Parse(value.Value);
                    continue;
                }
                catch (System.Text.Json.JsonException)
                {
                    // Not JSON after all: keep it as text.
                }
            }

            bundle.SetText(value.MimeType, value.Value);
        }

        return bundle;
    }
}
