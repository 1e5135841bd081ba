namespace HackathonPlatform.Web.Benchmarks;

/// <summary>One wrk measurement.</summary>
internal sealed record WrkResult(string Name, string Url, double RequestsPerSecond, double P50Ms, double P99Ms, int Errors);
