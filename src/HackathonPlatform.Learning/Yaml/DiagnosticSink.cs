using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Learning.Yaml;

/// <summary>Collects diagnostics for one source file, translating block-relative lines to file lines.</summary>
internal sealed class DiagnosticSink(string file, List<AuthorDiagnostic> target, int lineOffset = 0)
{
    public string File { get; } = file;

    public int ErrorCount { get; private set; }

    /// <summary>A sink for a block that starts <paramref name="extraOffset"/> lines further into the same file.</summary>
    public DiagnosticSink Offset(int extraOffset) => new(File, target, lineOffset + extraOffset);

    public void Error(int? line, string message)
    {
        ErrorCount++;
        target.Add(new AuthorDiagnostic(DiagnosticSeverity.Error, File, line + lineOffset, message));
    }

    public void Warning(int? line, string message) =>
        target.Add(new AuthorDiagnostic(DiagnosticSeverity.Warning, File, line + lineOffset, message));
}
