using Microsoft.AspNetCore.Identity;

namespace Aliado.Data;

/// <summary>An account. Accounts live outside workspaces; what they record lives inside one.</summary>
public sealed class AliadoUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid PersonalWorkspaceId { get; set; }

    /// <summary>The UI language the user picked last ("en" or "es"), so it follows them across devices.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>An IANA time zone ("America/Lima"); dates are stored in UTC and shown in this zone. UTC when unset.</summary>
    public string? TimeZone { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>The agenda e-mail: weekly (the default), daily, or off.</summary>
    public Aliado.Core.Reminders.ReminderCadence ReminderFrequency { get; set; } = Aliado.Core.Reminders.ReminderCadence.Weekly;

    /// <summary>For weekly reminders, the day they come (in the user's time zone).</summary>
    public DayOfWeek ReminderDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The hour (0–23, the user's time zone) the reminder comes at.</summary>
    public int ReminderHour { get; set; } = 8;

    /// <summary>When the next reminder is due, in UTC; null until scheduled or when reminders are off.</summary>
    public DateTime? NextReminderAt { get; set; }

    public Aliado.Core.Reminders.ReminderSchedule ReminderSchedule => new(ReminderFrequency, ReminderDay, ReminderHour);
}
