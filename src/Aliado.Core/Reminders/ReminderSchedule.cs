namespace Aliado.Core.Reminders;

/// <summary>How often the agenda e-mail comes.</summary>
public enum ReminderCadence
{
    Weekly,
    Daily,
    Off,
}

/// <summary>When a user wants their agenda: weekly on a day, or daily, at an hour of their own time zone.</summary>
public sealed record ReminderSchedule(ReminderCadence Cadence, DayOfWeek Day, int Hour)
{
    public static readonly ReminderSchedule Default = new(ReminderCadence.Weekly, DayOfWeek.Monday, 8);

    /// <summary>
    /// The first moment strictly after <paramref name="afterUtc"/> at which the reminder is due, in UTC, or
    /// null when reminders are off. The hour is read on the user's wall clock: an hour skipped by a
    /// daylight-saving change falls on the next valid instant, and a repeated hour counts once.
    /// </summary>
    public DateTime? NextAfter(DateTime afterUtc, TimeZoneInfo zone)
    {
        if (Cadence == ReminderCadence.Off)
        {
            return null;
        }
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), zone);
        for (var day = 0; day <= 8; day++)
        {
            var date = local.Date.AddDays(day);
            if (Cadence == ReminderCadence.Weekly && date.DayOfWeek != Day)
            {
                continue;
            }
            var wall = DateTime.SpecifyKind(date.AddHours(Hour), DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(wall))
            {
                wall = wall.AddMinutes(30);
            }
            var utc = TimeZoneInfo.ConvertTimeToUtc(wall, zone);
            if (utc > afterUtc)
            {
                return utc;
            }
        }
        throw new InvalidOperationException("No reminder time within eight days; the schedule is inconsistent.");
    }

    public IReadOnlyList<FieldError> Validate() => new Check().Range("hour", Hour, 0, 23).Errors;
}
