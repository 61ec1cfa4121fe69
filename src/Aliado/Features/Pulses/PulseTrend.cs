using System.Globalization;
using Aliado.Core.Running;
using Aliado.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Pulses;

/// <summary>Step 8's pulses over time: "on their side" and "getting what they buy" on the 1–5 scale, and trust.</summary>
public static class PulseTrend
{
    /// <summary>
    /// Draws the pulses of one voice (mine, or the client's own answers to check-ins), or null when that
    /// voice has none; <paramref name="pulses"/> may come in any order and mix both voices.
    /// </summary>
    public static string? Render(IReadOnlyList<PulseDto> pulses, PulseSource voice, Func<DateTime, string> date, IStringLocalizer localizer, bool asClient = false)
    {
        // Where I am the client, the questions are about my provider: "I feel they are on my side".
        var suffix = asClient ? "-as-client" : string.Empty;
        var points = pulses.Where(p => p.Source == voice).OrderBy(p => p.TakenAt).ToList();
        if (points.Count == 0)
        {
            return null;
        }
        var latest = points[^1];
        var (id, title) = voice == PulseSource.Client ? ("client-pulse-trend", "chart.pulse.client-title") : ("pulse-trend", "chart.pulse.title");
        var spec = new LineChartSpec(id, localizer[title], localizer[voice == PulseSource.Client ? "chart.pulse.client-summary" : $"chart.pulse.summary{suffix}", points.Count, latest.OnTheirSide, latest.GettingWhatTheyBuy],
            1, 5, [1, 2, 3, 4, 5], v => v.ToString("0", CultureInfo.CurrentCulture), Height: 260);
        return LineChart.Render(spec, [.. points.Select(p => p.TakenAt)],
        [
            new(localizer[$"pulse.on-their-side{suffix}"], "#1d4ed8", [.. points.Select(p => (double)p.OnTheirSide)]),
            new(localizer[$"pulse.getting-what-they-buy{suffix}"], "#b45309", [.. points.Select(p => (double)p.GettingWhatTheyBuy)], "6 4"),
        ], date);
    }

    /// <summary>
    /// Trust, (credibility + reliability + intimacy) / self-orientation, for the pulses that rated all four,
    /// from zero to the highest value seen (at least 10). Null when no pulse has the four ratings.
    /// </summary>
    public static string? RenderTrust(IReadOnlyList<PulseDto> pulses, Func<DateTime, string> date, IStringLocalizer localizer)
    {
        var points = pulses.Where(p => p.Trust is not null).OrderBy(p => p.TakenAt).ToList();
        if (points.Count == 0)
        {
            return null;
        }
        var top = Math.Max(10, Math.Ceiling(points.Max(p => p.Trust!.Value)));
        string Format(double v) => v.ToString("0.0", CultureInfo.CurrentCulture);
        var spec = new LineChartSpec("trust-trend", localizer["chart.trust.title"], localizer["chart.trust.summary", points.Count, Format(points[^1].Trust!.Value)],
            0, top, [0, top / 2, top], Format, Height: 200);
        return LineChart.Render(spec, [.. points.Select(p => p.TakenAt)], [new(localizer["chart.trust.title"], "#7c3aed", [.. points.Select(p => p.Trust!.Value)])], date);
    }
}
