using Aliado.Core.Reminders;

namespace Aliado.Core.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo _lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");
    private static readonly TimeZoneInfo _madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    [Fact]
    public void The_default_is_monday_at_eight_in_the_users_own_zone()
    {
        // Wednesday 26 November 2026, 15:00 UTC; Lima is UTC-5 all year.
        var next = ReminderSchedule.Default.NextAfter(new DateTime(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc), _lima);

        Assert.Equal(new DateTime(2026, 11, 30, 13, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Daily_reminders_come_today_if_the_hour_is_still_ahead_else_tomorrow()
    {
        var daily = new ReminderSchedule(ReminderCadence.Daily, DayOfWeek.Monday, 18);

        Assert.Equal(new DateTime(2026, 11, 26, 23, 0, 0, DateTimeKind.Utc), daily.NextAfter(new DateTime(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc), _lima));
        Assert.Equal(new DateTime(2026, 11, 27, 23, 0, 0, DateTimeKind.Utc), daily.NextAfter(new DateTime(2026, 11, 26, 23, 0, 0, DateTimeKind.Utc), _lima));
    }

    [Fact]
    public void An_hour_skipped_by_daylight_saving_falls_on_the_next_valid_moment()
    {
        // Madrid skips 02:00–03:00 on Sunday 29 March 2026.
        var sunday = new ReminderSchedule(ReminderCadence.Weekly, DayOfWeek.Sunday, 2);

        var next = sunday.NextAfter(new DateTime(2026, 3, 28, 12, 0, 0, DateTimeKind.Utc), _madrid);

        Assert.Equal(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Off_means_never_and_the_hour_must_exist()
    {
        Assert.Null(new ReminderSchedule(ReminderCadence.Off, DayOfWeek.Monday, 8).NextAfter(DateTime.UtcNow, _lima));
        Assert.Single(new ReminderSchedule(ReminderCadence.Daily, DayOfWeek.Monday, 24).Validate());
    }
}
