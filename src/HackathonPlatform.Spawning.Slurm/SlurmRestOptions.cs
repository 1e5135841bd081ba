namespace HackathonPlatform.Spawning.Slurm;

/// <summary>How to reach slurmrestd (bound from <c>Slurm</c> configuration; the token is a secret).</summary>
public sealed record SlurmRestOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Slurm";

    /// <summary>slurmrestd's base URL, e.g. <c>http://127.0.0.1:6820</c>.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The Slurm user jobs run as (header X-SLURM-USER-NAME).</summary>
    public required string UserName { get; init; }

    /// <summary>A JWT from <c>scontrol token</c> (header X-SLURM-USER-TOKEN).</summary>
    public required string Token { get; init; }

    /// <summary>The OpenAPI plugin version in the URL path; Slurm 22.05 serves v0.0.36 to v0.0.38.</summary>
    public string ApiVersion { get; init; } = "v0.0.38";

    /// <summary>
    /// The limit per request. Slurm's clients hang while the controller is down (slurmrestd too),
    /// so every call is bounded and a down controller becomes a clear error within seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
