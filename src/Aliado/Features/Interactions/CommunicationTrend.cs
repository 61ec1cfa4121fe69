using System.Globalization;
using Aliado.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Interactions;

/// <summary>
/// How well I listened, was clear and showed empathy over time, from my own ratings of conversations
/// that carry all three: per relationship, or month by month across all of them.
/// </summary>
public static class CommunicationTrend
{
    /// <summary>Null until at least two conversations carry all three ratings.</summary>
    public static string? Render(IEnumerable<(DateTime At, int? Listening, int? Clarity, int? Empathy)> ratings, Func<DateTime, string> date, IStringLocalizer localizer, string id)
    {
        var points = ratings.Where(r => r.Listening is not null && r.Clarity is not null && r.Empathy is not null)
            .OrderBy(r => r.At).Select(r => (r.At, Listening: (double)r.Listening!.Value, Clarity: (double)r.Clarity!.Value, Empathy: (double)r.Empathy!.Value)).ToList();
        return Draw(points, date, localizer, id);
    }

    /// <summary>Monthly averages across relationships; null until two months have ratings.</summary>
    public static string? RenderMonthly(IEnumerable<(DateTime At, int? Listening, int? Clarity, int? Empathy)> ratings, Func<DateTime, string> date, IStringLocalizer localizer, string id)
    {
        var points = ratings.Where(r => r.Listening is not null && r.Clarity is not null && r.Empathy is not null)
            .GroupBy(r => new DateTime(r.At.Year, r.At.Month, 1, 0, 0, 0, DateTimeKind.Utc)).OrderBy(g => g.Key)
            .Select(g => (At: g.Key, Listening: g.Average(r => r.Listening!.Value), Clarity: g.Average(r => r.Clarity!.Value), Empathy: g.Average(r => r.Empathy!.Value))).ToList();
        return Draw(points, date, localizer, id);
    }

    private static string? Draw(List<(DateTime At, double Listening, double Clarity, double Empathy)> points, Func<DateTime, string> date, IStringLocalizer localizer, string id)
    {
        if (points.Count < 2)
        {
            return null;
        }
        string Format(double v) => v.ToString("0.#", CultureInfo.CurrentCulture);
        var latest = points[^1];
        var spec = new LineChartSpec(id, localizer["chart.communication.title"], localizer["chart.communication.summary", Format(latest.Listening), Format(latest.Clarity), Format(latest.Empathy)],
            1, 5, [1, 2, 3, 4, 5], Format, Height: 240);
        return LineChart.Render(spec, [.. points.Select(p => p.At)],
        [
            new(localizer["interactions.listening"], "#1d4ed8", [.. points.Select(p => p.Listening)]),
            new(localizer["interactions.clarity"], "#047857", [.. points.Select(p => p.Clarity)], "6 4"),
            new(localizer["interactions.empathy"], "#b45309", [.. points.Select(p => p.Empathy)], "2 3"),
        ], date);
    }
}
