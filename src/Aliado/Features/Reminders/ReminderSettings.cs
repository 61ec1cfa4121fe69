using Aliado.Core;
using Aliado.Core.Reminders;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;

namespace Aliado.Features.Reminders;

/// <summary>A user's agenda e-mail: how often, which day, at what hour of their time zone, and when the next one comes.</summary>
public sealed record ReminderSettingsDto(ReminderCadence Frequency, DayOfWeek Day, int Hour, DateTime? NextAt, bool EmailConfigured);

public sealed record ReminderSettingsDraft(ReminderCadence? Frequency, DayOfWeek? Day, int? Hour)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .Range("hour", Hour, 0, 23)
        .Errors;
}

public static class ReminderSettings
{
    public static ReminderSettingsDto Of(AliadoUser user, EmailSettings email) =>
        new(user.ReminderFrequency, user.ReminderDay, user.ReminderHour, user.ReminderFrequency == ReminderCadence.Off ? null : user.NextReminderAt, email.IsConfigured);

    /// <summary>Works out when the next reminder comes, after any change to the schedule or the time zone.</summary>
    public static void Reschedule(AliadoUser user, DateTime now) =>
        user.NextReminderAt = user.ReminderSchedule.NextAfter(now, UserTime.IsKnown(user.TimeZone) ? TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone!) : TimeZoneInfo.Utc);

    public static async Task<Outcome<ReminderSettingsDto>> ChangeAsync(UserManager<AliadoUser> users, AliadoUser user, ReminderSettingsDraft draft, EmailSettings email, TimeProvider clock)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ReminderSettingsDto>(errors);
        }
        user.ReminderFrequency = draft.Frequency ?? user.ReminderFrequency;
        user.ReminderDay = draft.Day ?? user.ReminderDay;
        user.ReminderHour = draft.Hour ?? user.ReminderHour;
        Reschedule(user, clock.GetUtcNow().UtcDateTime);
        await users.UpdateAsync(user);
        return Outcome.Done(Of(user, email));
    }
}
