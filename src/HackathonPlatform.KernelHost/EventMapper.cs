using Ours = HackathonPlatform.Notebooks.Kernels;
using Upstream = Microsoft.DotNet.Interactive.Events;

namespace HackathonPlatform.KernelHost;

/// <summary>Translates .NET Interactive events into our protocol's events (null: not forwarded).</summary>
internal static class EventMapper
{
    public static Ours.KernelEvent? Map(string token, Upstream.KernelEvent e) => e switch
    {
        Upstream.ReturnValueProduced r => new Ours.ReturnValueProduced(token, Values(r.FormattedValues)),
        Upstream.DisplayedValueProduced d => new Ours.DisplayedValueProduced(token, Values(d.FormattedValues)),
        Upstream.DisplayedValueUpdated u => new Ours.DisplayedValueProduced(token, Values(u.FormattedValues)),
        Upstream.StandardOutputValueProduced o => new Ours.StandardOutputProduced(token, Text(o.FormattedValues)),
        Upstream.StandardErrorValueProduced o => new Ours.StandardErrorProduced(token, Text(o.FormattedValues)),
        Upstream.DiagnosticsProduced d when d.Diagnostics.Count > 0 => new Ours.DiagnosticsProduced(token, [.. d.Diagnostics.Select(Diagnostic)]),
        _ => null,
    };

    public static Ours.CommandFailed Failure(string token, Upstream.CommandFailed failed)
    {
        if (failed.Exception is Microsoft.DotNet.Interactive.CodeSubmissionCompilationErrorException)
        {
            return new Ours.CommandFailed(token, "CompilationError", failed.Message, []);
        }

        var exception = failed.Exception;
        var name = exception?.GetType().FullName ?? "Error";
        var message = exception?.Message ?? failed.Message;
        // Frames of the scripting engine below the submission tell a student nothing.
        var trace = (exception?.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(l => !l.StartsWith("--- End of stack trace", StringComparison.Ordinal))
            .ToList();
        return new Ours.CommandFailed(token, name, message, [$"{name}: {message}", .. trace]);
    }

    private static List<Ours.FormattedValue> Values(IEnumerable<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values) =>
        [.. values.Select(v => new Ours.FormattedValue(v.MimeType, v.Value))];

    private static string Text(IEnumerable<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? values.FirstOrDefault()?.Value ?? string.Empty;

    private static Ours.Diagnostic Diagnostic(Microsoft.DotNet.Interactive.Diagnostic d) => new(
        d.Code,
        d.Severity.ToString() switch
        {
            "Error" => Ours.DiagnosticSeverity.Error,
            "Warning" => Ours.DiagnosticSeverity.Warning,
            _ => Ours.DiagnosticSeverity.Info,
        },
        d.Message,
        d.LinePositionSpan.Start.Line,
        d.LinePositionSpan.Start.Character,
        d.LinePositionSpan.End.Line,
        d.LinePositionSpan.End.Character);
}
