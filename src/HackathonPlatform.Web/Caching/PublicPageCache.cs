using HackathonPlatform.Core.Hackathons;
using Microsoft.AspNetCore.OutputCaching;

namespace HackathonPlatform.Web.Caching;

/// <summary>
/// Output caching of the public hackathon pages and API for anonymous visitors: every visitor gets the same
/// bytes, so one rendering serves thousands of requests. Signed-in users are never served from this cache
/// (ASP.NET Core's default policy), so their own status and forms are always fresh.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The output-cache policy name.</summary>
    public const string Policy = "public-hackathons";

    /// <summary>The tag evicted when any hackathon changes.</summary>
    public const string Tag = "hackathons";

    /// <summary>Upper bound on staleness when another hub process changed the data.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    /// <summary>Registers the policy and the eviction on every saved change.</summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, p => p.Tag(Tag).Expire(Duration)));
        services.AddHostedService<EvictOnChange>();
        return services;
    }

    private sealed class EvictOnChange(HackathonChangeFeed feed, IOutputCacheStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            feed.Changed += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            feed.Changed -= Evict;
            return Task.CompletedTask;
        }

        // Eviction completes within microseconds for the in-memory store; the change is already saved.
        private void Evict(int hackathonId) => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
    }
}
