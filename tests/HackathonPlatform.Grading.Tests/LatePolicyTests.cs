using HackathonPlatform.Grading.Late;

namespace HackathonPlatform.Grading.Tests;

public class LatePolicyTests
{
    private static readonly DateTimeOffset Deadline = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void On_time_submissions_are_never_penalised()
    {
        var lateness = LatePolicy.Lateness(Deadline.AddMinutes(-1), Deadline);

        Assert.Equal(TimeSpan.Zero, lateness);
        Assert.Equal(0, LatePolicy.Zero.Penalty(10, lateness));
        Assert.Equal(0, LatePolicy.PercentPerDay(50).Penalty(10, lateness));
    }

    [Fact]
    public void No_policy_means_no_penalty_however_late()
    {
        Assert.Equal(0, LatePolicy.None.Penalty(10, TimeSpan.FromDays(100)));
    }

    [Fact]
    public void The_zero_policy_takes_the_whole_score_for_one_second_late()
    {
        Assert.Equal(10, LatePolicy.Zero.Penalty(10, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(0.001, 1.0)]
    [InlineData(24.0, 1.0)]
    [InlineData(24.5, 2.0)]
    [InlineData(72.0, 3.0)]
    public void Percent_per_day_counts_every_started_day(double hoursLate, double expected)
    {
        Assert.Equal(expected, LatePolicy.PercentPerDay(10).Penalty(10, TimeSpan.FromHours(hoursLate)), 9);
    }

    [Fact]
    public void Percent_per_day_never_takes_more_than_the_score()
    {
        Assert.Equal(10, LatePolicy.PercentPerDay(30).Penalty(10, TimeSpan.FromDays(5)));
    }

    [Fact]
    public void A_grace_period_forgives_small_lateness_then_applies_its_policy_from_the_deadline()
    {
        var policy = LatePolicy.GracePeriod(TimeSpan.FromMinutes(15), LatePolicy.PercentPerDay(10));

        Assert.Equal(0, policy.Penalty(10, TimeSpan.FromMinutes(15)));
        Assert.Equal(1, policy.Penalty(10, TimeSpan.FromMinutes(16)), 9);
    }

    [Fact]
    public void A_zero_score_has_no_penalty()
    {
        Assert.Equal(0, LatePolicy.Zero.Penalty(0, TimeSpan.FromDays(1)));
    }
}
