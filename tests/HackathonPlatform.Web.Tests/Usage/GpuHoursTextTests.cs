using HackathonPlatform.Web.Servers;

namespace HackathonPlatform.Web.Tests.Usage;

public sealed class GpuHoursTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(12.3456, "12.35")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0833333, "0.083")]
    [InlineData(0.00138889, "0.0014")]
    [InlineData(0.0000001, "0")]
    public void Small_amounts_keep_two_significant_digits_so_a_short_gpu_job_is_not_shown_as_zero(double hours, string shown)
    {
        Assert.Equal(shown, GpuHoursText.Format(hours));
    }
}
