namespace HackathonPlatform.Web.Jobs;

/// <summary>A job as a participant submits it (page form or API).</summary>
/// <param name="Script">The script (bash; a <c>#!</c> line is added when missing).</param>
/// <param name="Flavour">The flavour's name; null or empty: the group's default flavour.</param>
/// <param name="Name">A name to recognise it by; null: "job".</param>
public sealed record JobRequest(string Script, string? Flavour = null, string? Name = null);
