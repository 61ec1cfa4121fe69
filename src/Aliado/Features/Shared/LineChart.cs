using System.Globalization;
using System.Net;
using System.Text;

namespace Aliado.Features.Shared;

/// <summary>One line of a <see cref="LineChart"/>: a value per point, drawn in its colour (dashed when <see cref="Dash"/> is set).</summary>
public sealed record LineSeries(string Label, string Colour, IReadOnlyList<double> Values, string Dash = "");

/// <summary>What a <see cref="LineChart"/> shows: its names, and the value axis with its ticks and how values read.</summary>
public sealed record LineChartSpec(string Id, string Title, string Summary, double Min, double Max, IReadOnlyList<double> Ticks, Func<double, string> Format, int Height = 220);

/// <summary>
/// A line chart over time drawn on the server as accessible SVG (title, description, a tooltip per
/// point), evenly spaced from the oldest point on the left; used for pulses, trust and typology progress.
/// </summary>
public static class LineChart
{
    private const int Width = 720;
    private const int Left = 56;
    private const int Right = 24;
    private const int Top = 44;

    /// <summary>At least one point; <paramref name="dates"/> oldest first, one per value of every series.</summary>
    public static string Render(LineChartSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<LineSeries> series, Func<DateTime, string> date)
    {
        var legend = series.Count > 1;
        var bottom = legend ? 56 : 36;
        var plotWidth = Width - Left - Right;
        var plotHeight = spec.Height - Top - bottom;
        double X(int i) => Left + (dates.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(dates.Count - 1));
        double Y(double value) => Top + (plotHeight * (spec.Max - value) / (spec.Max - spec.Min));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {spec.Height}" role="img" aria-labelledby="{spec.Id}-title {spec.Id}-desc" class="chart" font-family="system-ui, sans-serif" font-size="13" data-testid="{spec.Id}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{spec.Id}-title">{E(spec.Title)}</title><desc id="{spec.Id}-desc">{E(spec.Summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{spec.Height}" fill="#ffffff"/><text x="12" y="24" font-weight="600" fill="#1f2933">{E(spec.Summary)}</text>""");
        foreach (var tick in spec.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{Y(tick):0.#}" y2="{Y(tick):0.#}" stroke="#e5e7eb"/><text x="{Left - 8}" y="{Y(tick) + 4:0.#}" fill="#4b5563" text-anchor="end">{E(spec.Format(tick))}</text>""");
        }
        foreach (var line in series)
        {
            var path = string.Join(' ', line.Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="{line.Colour}" stroke-width="3" stroke-dasharray="{line.Dash}"/>""");
            for (var i = 0; i < line.Values.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(i):0.#}" cy="{Y(line.Values[i]):0.#}" r="5" fill="{line.Colour}"><title>{E(date(dates[i]))}: {E(line.Label)} {E(spec.Format(line.Values[i]))}</title></circle>""");
            }
        }
        var datesY = spec.Height - bottom + 26;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{datesY}" fill="#4b5563">{E(date(dates[0]))}</text><text x="{Width - Right}" y="{datesY}" fill="#4b5563" text-anchor="end">{E(date(dates[^1]))}</text>""");
        if (legend)
        {
            var x = Left;
            foreach (var line in series)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x}" x2="{x + 28}" y1="{spec.Height - 10}" y2="{spec.Height - 10}" stroke="{line.Colour}" stroke-width="3" stroke-dasharray="{line.Dash}"/><text x="{x + 36}" y="{spec.Height - 6}" fill="#1f2933">{E(line.Label)}</text>""");
                x += 300;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
