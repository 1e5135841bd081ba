using System.Text.Json;

namespace HackathonPlatform.NotebookServer;

/// <summary>The body of PUT /api/contents/{path}: type notebook (content = nbformat JSON), file (format text or base64) or directory.</summary>
public sealed record SaveRequest(string Type, JsonElement? Content = null, string? Format = null);
