using System.Globalization;
using System.Text;
using Aliado.Features.Relationships;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Pulses;

/// <summary>
/// Trust over time, (credibility + reliability + intimacy) / self-orientation, for the pulses that rated
/// all four; a server-rendered SVG line from zero to the highest value seen (at least 10).
/// </summary>
public static class TrustTrend
{
    private const int Width = 720;
    private const int Height = 200;
    private const int Left = 48;
    private const int Right = 24;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <summary>Null when no pulse has all four trust ratings.</summary>
    public static string? Render(IReadOnlyList<PulseDto> pulses, Func<DateTime, string> date, IStringLocalizer localizer)
    {
        var points = pulses.Where(p => p.Trust is not null).OrderBy(p => p.TakenAt).ToList();
        if (points.Count == 0)
        {
            return null;
        }
        var top = Math.Max(10, Math.Ceiling(points.Max(p => p.Trust!.Value)));
        var latest = points[^1];
        var summary = localizer["chart.trust.summary", points.Count, latest.Trust!.Value.ToString("0.0", CultureInfo.CurrentCulture)];
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (points.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(points.Count - 1));
        double Y(double trust) => Top + plotHeight * (1 - (trust / top));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="trust-title trust-desc" class="chart" font-family="system-ui, sans-serif" font-size="13" data-testid="trust-trend">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="trust-title">{AlignmentChart.E(localizer["chart.trust.title"])}</title><desc id="trust-desc">{AlignmentChart.E(summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="#ffffff"/><text x="12" y="24" font-weight="600" fill="#1f2933">{AlignmentChart.E(summary)}</text>""");
        foreach (var value in new[] { 0, top / 2, top })
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{Y(value):0.#}" y2="{Y(value):0.#}" stroke="#e5e7eb"/><text x="{Left - 8}" y="{Y(value) + 4:0.#}" fill="#4b5563" text-anchor="end">{value:0.#}</text>""");
        }
        var path = string.Join(' ', points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(p.Trust!.Value):0.#}")));
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="#7c3aed" stroke-width="3"/>""");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(i):0.#}" cy="{Y(points[i].Trust!.Value):0.#}" r="5" fill="#7c3aed"><title>{AlignmentChart.E(date(points[i].TakenAt))}: {points[i].Trust!.Value.ToString("0.0", CultureInfo.CurrentCulture)}</title></circle>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 10}" fill="#4b5563">{AlignmentChart.E(date(points[0].TakenAt))}</text><text x="{Width - Right}" y="{Height - 10}" fill="#4b5563" text-anchor="end">{AlignmentChart.E(date(latest.TakenAt))}</text></svg>""");
        return svg.ToString();
    }
}
