using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Usage;

/// <summary>A hub with a CPU default and a one-GPU flavour for groups named "Gpu team", and a metrics token.</summary>
public sealed class UsageHub : HubFactory
{
    public const string MetricsToken = "metrics-token-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Servers:WarmKernel", "false");
        builder.UseSetting("Servers:DefaultFlavour", "cpu");
        builder.UseSetting("Servers:Flavours:0:Name", "cpu");
        builder.UseSetting("Servers:Flavours:1:Name", "gpu-a100");
        builder.UseSetting("Servers:Flavours:1:GpuCount", "1");
        builder.UseSetting("Servers:Flavours:1:Groups:0", "Gpu team");
        builder.UseSetting("Metrics:Token", MetricsToken);
    }
}
