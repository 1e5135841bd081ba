namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>A value rendered in one MIME type.</summary>
/// <param name="MimeType">For example <c>text/plain</c> or <c>text/html</c>.</param>
/// <param name="Value">The rendering (base64 for binary types).</param>
public sealed record FormattedValue(string MimeType, string Value);
