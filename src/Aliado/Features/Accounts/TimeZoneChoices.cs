using System.Globalization;

namespace Aliado.Features.Accounts;

/// <summary>A time zone as the picker shows it: "Lima (UTC−05:00)" under "America".</summary>
public sealed record TimeZoneChoice(string Id, string Place, string Offset);

/// <summary>The machine's IANA time zones grouped by region (the part before the first "/"), each region and place in alphabetical order.</summary>
public static class TimeZoneChoices
{
    private const string Other = "Etc";

    public static IReadOnlyList<string> Ids { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id).Distinct().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<IGrouping<string, TimeZoneChoice>> ByRegion(DateTime nowUtc) =>
        [.. Ids.Select(id => Choice(id, nowUtc))
            .GroupBy(c => c.Id.Contains('/', StringComparison.Ordinal) ? c.Id[..c.Id.IndexOf('/', StringComparison.Ordinal)] : Other)
            .OrderBy(g => g.Key == Other ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)];

    private static TimeZoneChoice Choice(string id, DateTime nowUtc)
    {
        var place = id.Contains('/', StringComparison.Ordinal) ? id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..] : id;
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone.GetUtcOffset(nowUtc) : TimeSpan.Zero;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return new TimeZoneChoice(id, place.Replace('_', ' ').Replace("/", " – ", StringComparison.Ordinal), string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{offset.Duration():hh\\:mm}"));
    }
}
