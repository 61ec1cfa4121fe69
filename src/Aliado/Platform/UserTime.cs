using System.Globalization;

namespace Aliado.Platform;

/// <summary>
/// Dates are stored in UTC and shown in the signed-in user's time zone (UTC until they pick one). Pages
/// use this to show dates and to read the local dates and times people type.
/// </summary>
public sealed class UserTime(TimeProvider clock)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    internal void Use(string? timeZoneId)
    {
        if (IsKnown(timeZoneId))
        {
            Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId!);
        }
    }

    public static bool IsKnown(string? timeZoneId) => !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Local(NowUtc));

    /// <summary>A wall-clock time typed by the user, in UTC. A time skipped by a daylight-saving change moves forward an hour.</summary>
    public DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    public DateTime? ToUtc(DateTime? local) => local is { } value ? ToUtc(value) : null;

    public string Date(DateTime utc) => Local(utc).ToString("d", CultureInfo.CurrentCulture);

    public string DateAndTime(DateTime utc) => Local(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The value of a <c>datetime-local</c> input.</summary>
    public string Input(DateTime? utc) => utc is { } value ? Local(value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : string.Empty;
}
