using Aliado.Core.Running;

namespace Aliado.Core.Tests.Running;

public sealed class ConstancyTests
{
    private static readonly DateTime _touch = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, CadenceStatus.Ok)]
    [InlineData(14, CadenceStatus.Ok)]
    [InlineData(15, CadenceStatus.Due)]
    [InlineData(21, CadenceStatus.Due)]
    [InlineData(22, CadenceStatus.Overdue)]
    public void A_14_day_cadence_is_due_after_14_days_and_overdue_after_21(int daysLater, CadenceStatus expected) =>
        Assert.Equal(expected, Constancy.StatusOf(_touch, 14, _touch.AddDays(daysLater)));

    [Fact]
    public void The_last_touch_is_the_latest_interaction_or_proposal_or_else_the_opening()
    {
        Assert.Equal(_touch, Constancy.LastTouch(_touch));
        Assert.Equal(_touch.AddDays(3), Constancy.LastTouch(_touch, _touch.AddDays(3), null, _touch.AddDays(1)));
    }
}

public sealed class ToleranceTests
{
    [Fact]
    public void An_unknown_reaction_is_read_charitably()
    {
        Assert.Equal(Reading.FreezingOrConsidered, Tolerance.ReadingOf(Reaction.Unknown));
        Assert.Equal(Reading.Uncontrolled, Tolerance.ReadingOf(Reaction.Uncontrolled));
    }

    [Fact]
    public void A_follow_up_is_suggested_after_the_cool_off() =>
        Assert.Equal(new DateOnly(2026, 11, 30), Tolerance.FollowUpOn(new DateTime(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void Declines_are_counted_as_absorbed_and_the_streak_restarts_after_a_yes()
    {
        var day = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var answers = new[]
        {
            (Answer.Declined, day.AddDays(1)),
            (Answer.Accepted, day.AddDays(2)),
            (Answer.Declined, day.AddDays(4)),
            (Answer.NoAnswer, day.AddDays(5)),
            (Answer.Declined, day.AddDays(3)),
        };

        Assert.Equal((3, 2), Tolerance.Absorbed(answers));
    }
}

public sealed class HealthTests
{
    private static readonly DateTime _now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_recent_warm_pulse_on_cadence_is_good()
    {
        var (status, reasons) = Health.Of(new PulseReading(5, 4, _now.AddDays(-10)), CadenceStatus.Ok, 1, false, _now);

        Assert.Equal(HealthStatus.Good, status);
        Assert.Equal(HealthCodes.AllWell, Assert.Single(reasons).Code);
    }

    [Fact]
    public void Going_on_without_alignment_is_always_at_risk_and_says_why()
    {
        var (status, reasons) = Health.Of(new PulseReading(5, 5, _now), CadenceStatus.Ok, 0, true, _now);

        Assert.Equal(HealthStatus.AtRisk, status);
        Assert.Equal([HealthCodes.WithoutAlignment], reasons.Select(r => r.Code));
    }

    [Fact]
    public void Every_concern_is_named_and_the_worst_one_decides()
    {
        var (status, reasons) = Health.Of(new PulseReading(3, 4, _now.AddDays(-61)), CadenceStatus.Due, 3, false, _now);

        Assert.Equal(HealthStatus.Watch, status);
        Assert.Equal([HealthCodes.MiddlingPulse, HealthCodes.StalePulse, HealthCodes.Due, HealthCodes.DeclineStreak], reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(2, 5, CadenceStatus.Ok, 0, HealthStatus.AtRisk)]
    [InlineData(5, 5, CadenceStatus.Overdue, 0, HealthStatus.AtRisk)]
    [InlineData(5, 5, CadenceStatus.Ok, 5, HealthStatus.AtRisk)]
    [InlineData(5, 5, CadenceStatus.Ok, 4, HealthStatus.Watch)]
    public void Low_pulses_overdue_cadence_and_long_decline_runs_raise_the_status(int side, int buys, CadenceStatus cadence, int streak, HealthStatus expected) =>
        Assert.Equal(expected, Health.Of(new PulseReading(side, buys, _now), cadence, streak, false, _now).Status);

    [Fact]
    public void Without_any_pulse_we_keep_watch() =>
        Assert.Equal((HealthStatus.Watch, HealthCodes.NoPulse), (Health.Of(null, CadenceStatus.Ok, 0, false, _now).Status, Health.Of(null, CadenceStatus.Ok, 0, false, _now).Reasons.Single().Code));
}

public sealed class TrustTests
{
    [Fact]
    public void Trust_is_credibility_reliability_and_intimacy_over_self_orientation() =>
        Assert.Equal(6.0, new TrustRatings(8, 6, 4, 3).Trust);

    [Fact]
    public void Trust_needs_all_four_ratings()
    {
        Assert.Null(TrustRatings.From(8, 6, null, 3));
        Assert.NotNull(TrustRatings.From(8, 6, 4, 3));
    }
}
