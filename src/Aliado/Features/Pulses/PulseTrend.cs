using System.Globalization;
using System.Text;
using Aliado.Features.Relationships;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Pulses;

/// <summary>
/// The pulses over time as a server-rendered SVG line chart: "on their side" and "getting what they buy"
/// on the 1–5 scale, one point per pulse, oldest on the left. Points carry their values as tooltips.
/// </summary>
public static class PulseTrend
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 24;
    private const int Top = 44;
    private const int Bottom = 56;

    private static readonly (Func<PulseDto, int> Value, string Colour, string Label, string Dash)[] _series =
    [
        (p => p.OnTheirSide, "#1d4ed8", "pulse.on-their-side", ""),
        (p => p.GettingWhatTheyBuy, "#b45309", "pulse.getting-what-they-buy", "6 4"),
    ];

    /// <summary>Draws at least one pulse; <paramref name="pulses"/> may come in any order.</summary>
    public static string Render(IReadOnlyList<PulseDto> pulses, Func<DateTime, string> date, IStringLocalizer localizer)
    {
        var points = pulses.OrderBy(p => p.TakenAt).ToList();
        var latest = points[^1];
        var summary = localizer["chart.pulse.summary", points.Count, latest.OnTheirSide, latest.GettingWhatTheyBuy];
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (points.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(points.Count - 1));
        double Y(int value) => Top + plotHeight * (5 - value) / 4.0;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="pulse-title pulse-desc" class="chart" font-family="system-ui, sans-serif" font-size="13" data-testid="pulse-trend">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="pulse-title">{AlignmentChart.E(localizer["chart.pulse.title"])}</title><desc id="pulse-desc">{AlignmentChart.E(summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="#ffffff"/><text x="12" y="24" font-weight="600" fill="#1f2933">{AlignmentChart.E(summary)}</text>""");
        for (var value = 1; value <= 5; value++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{Y(value):0.#}" y2="{Y(value):0.#}" stroke="#e5e7eb"/><text x="{Left - 14}" y="{Y(value) + 4:0.#}" fill="#4b5563" text-anchor="end">{value}</text>""");
        }
        foreach (var (value, colour, label, dash) in _series)
        {
            var path = string.Join(' ', points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(value(p)):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="3" stroke-dasharray="{dash}"/>""");
            for (var i = 0; i < points.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(i):0.#}" cy="{Y(value(points[i])):0.#}" r="5" fill="{colour}"><title>{AlignmentChart.E(date(points[i].TakenAt))}: {AlignmentChart.E(localizer[label])} {value(points[i])}</title></circle>""");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 30}" fill="#4b5563">{AlignmentChart.E(date(points[0].TakenAt))}</text><text x="{Width - Right}" y="{Height - 30}" fill="#4b5563" text-anchor="end">{AlignmentChart.E(date(latest.TakenAt))}</text>""");
        var legendX = Left;
        foreach (var (_, colour, label, dash) in _series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{legendX}" x2="{legendX + 28}" y1="{Height - 10}" y2="{Height - 10}" stroke="{colour}" stroke-width="3" stroke-dasharray="{dash}"/><text x="{legendX + 36}" y="{Height - 6}" fill="#1f2933">{AlignmentChart.E(localizer[label])}</text>""");
            legendX += 300;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
