namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// A problem in the course sources, meant for the authors' page and the log; readers never see it.
/// </summary>
/// <param name="Severity">Whether the item was left out (error) or only degraded (warning).</param>
/// <param name="File">Path of the source file relative to the courses folder, with forward slashes.</param>
/// <param name="Line">1-based line in that file, when known.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record AuthorDiagnostic(DiagnosticSeverity Severity, string File, int? Line, string Message)
{
    /// <summary>Formats the diagnostic like a compiler message: <c>file:line: error: message</c>.</summary>
    public override string ToString() =>
        $"{File}{(Line is { } line ? $":{line}" : "")}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
