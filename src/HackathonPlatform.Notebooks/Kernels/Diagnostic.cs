namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>A compiler message about the submitted code. Lines and columns are 0-based, as in LSP.</summary>
/// <param name="Id">The compiler's id, e.g. <c>CS0103</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The message.</param>
/// <param name="StartLine">First line of the span.</param>
/// <param name="StartColumn">First column of the span.</param>
/// <param name="EndLine">Last line of the span.</param>
/// <param name="EndColumn">Column after the span.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, int StartLine, int StartColumn, int EndLine, int EndColumn);
