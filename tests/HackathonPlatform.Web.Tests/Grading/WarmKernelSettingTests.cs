using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>"Grading:WarmKernels" reaches the hub's kernel executor (default 1, 0 for cold starts).</summary>
public sealed class WarmKernelSettingTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    public async Task The_setting_decides_how_many_kernels_the_hub_keeps_ready(string? setting, int expected)
    {
        // Stands in for hackathon-kernel.dll: the pool starts kernels on the first grade, and nothing is graded here.
        var host = Path.GetTempFileName();
        try
        {
            await using var hub = new WarmKernelHubFactory(host, setting);

            var executor = Assert.IsType<KernelNotebookExecutor>(hub.Services.GetRequiredService<INotebookExecutor>());

            Assert.Equal(expected, executor.WarmKernels);
        }
        finally
        {
            File.Delete(host);
        }
    }

    private sealed class WarmKernelHubFactory(string kernelHost, string? warmKernels) : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Grading:KernelHostPath", kernelHost);
            builder.UseSetting("Grading:Workers", "0");
            if (warmKernels is not null)
            {
                builder.UseSetting("Grading:WarmKernels", warmKernels);
            }
        }
    }
}
