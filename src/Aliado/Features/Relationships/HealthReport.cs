using Aliado.Core.Running;
using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

public sealed record HealthReasonDto(string Code, HealthStatus Status, string Text);

public sealed record HealthDto(HealthStatus Status, IReadOnlyList<HealthReasonDto> Reasons);

/// <summary>Step 8's health, each reason told in words with the numbers behind it.</summary>
public static class HealthReport
{
    /// <summary>Tells the health that <see cref="RelationshipDto.At"/> worked out at <paramref name="now"/>.</summary>
    public static HealthDto Describe(RelationshipDto relationship, DateTime now, IStringLocalizer localizer) =>
        new(relationship.Health, [.. relationship.HealthDetail.Select(r => new HealthReasonDto(r.Code, r.Status, Explain(r.Code, relationship, now, localizer)))]);

    /// <summary>
    /// The word a page shows: "no-pulse-yet" when the only concern is that nobody took a pulse yet — shown
    /// neutral, not as a warning, since a relationship opened today has had no chance to be read.
    /// </summary>
    public static string Label(HealthStatus status, IEnumerable<string> codes) =>
        status == HealthStatus.Watch && codes.All(c => c == HealthCodes.NoPulse) ? "no-pulse-yet" : Core.KebabCase.ToKebab(status);

    public static string Explain(string code, RelationshipDto relationship, DateTime now, IStringLocalizer localizer)
    {
        var sinceTouch = (int)(now - relationship.LastTouchAt).TotalDays;
        var sincePulse = relationship.LatestPulseAt is { } at ? (int)(now - at).TotalDays : 0;
        var lowest = relationship.LatestPulse?.Lowest ?? 0;
        return code switch
        {
            HealthCodes.Due or HealthCodes.Overdue => localizer[$"health.reason.{code}", localizer.Days(sinceTouch), localizer.Cadence(relationship.CadenceDays)],
            HealthCodes.StalePulse => localizer[$"health.reason.{code}", localizer.Days(sincePulse)],
            HealthCodes.LowPulse or HealthCodes.MiddlingPulse => localizer[$"health.reason.{code}", lowest],
            HealthCodes.DeclineStreak => localizer.Count($"health.reason.{code}", relationship.DeclineStreak, relationship.DeclineStreak, relationship.DeclinesAbsorbed),
            HealthCodes.VoicesDiffer => localizer[$"health.reason.{code}", relationship.VoiceGap ?? 0],
            _ => localizer[$"health.reason.{code}"],
        };
    }
}
