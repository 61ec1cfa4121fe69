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
    private const int WideWidth = 720;
    private const int NarrowWidth = 320;
    private const int FontSize = 13;

    /// <summary>
    /// At least one point; <paramref name="dates"/> oldest first, one per value of every series. Drawn twice,
    /// for a wide screen and for a phone (CSS shows one), so the text stays at least 12 px on either.
    /// </summary>
    public static string Render(LineChartSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<LineSeries> series, Func<DateTime, string> date) =>
        $"""<div class="chart-pair" data-testid="{spec.Id}">{Draw(spec, dates, series, date, WideWidth, spec.Id, "chart chart-wide")}{Draw(spec, dates, series, date, NarrowWidth, $"{spec.Id}-narrow", "chart chart-narrow")}</div>""";

    private static string Draw(LineChartSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<LineSeries> series, Func<DateTime, string> date, int width, string id, string css)
    {
        var narrow = width < WideWidth;
        var left = narrow ? 40 : 56;
        var right = narrow ? 14 : 24;
        // About 7 px per character at 13 px: the summary wraps instead of running off the chart.
        var summary = Wrap(spec.Summary, (width - 24) / 7);
        var top = 24 + (summary.Count * 18);
        var legendRows = series.Count < 2 ? 0 : narrow ? series.Count : 1;
        var bottom = 36 + (legendRows * 20);
        var height = spec.Height + top - 44 + bottom - (series.Count > 1 ? 56 : 36);
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        double X(int i) => left + (dates.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(dates.Count - 1));
        double Y(double value) => top + (plotHeight * (spec.Max - value) / (spec.Max - spec.Min));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" class="{css}" font-family="system-ui, sans-serif" font-size="{FontSize}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{E(spec.Title)}</title><desc id="{id}-desc">{E(spec.Summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="#ffffff"/>""");
        for (var line = 0; line < summary.Count; line++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{24 + (line * 18)}" font-weight="600" fill="#1f2933">{E(summary[line])}</text>""");
        }
        foreach (var tick in spec.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{width - right}" y1="{Y(tick):0.#}" y2="{Y(tick):0.#}" stroke="#e5e7eb"/><text x="{left - 8}" y="{Y(tick) + 4:0.#}" fill="#4b5563" text-anchor="end">{E(spec.Format(tick))}</text>""");
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
        var datesY = height - bottom + 26;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left}" y="{datesY}" fill="#4b5563">{E(date(dates[0]))}</text>""");
        if (dates.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width - right}" y="{datesY}" fill="#4b5563" text-anchor="end">{E(date(dates[^1]))}</text>""");
        }
        if (legendRows > 0)
        {
            for (var i = 0; i < series.Count; i++)
            {
                var line = series[i];
                var (x, y) = narrow ? (left, height - 10 - ((series.Count - 1 - i) * 20)) : (left + (i * 300), height - 10);
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x}" x2="{x + 28}" y1="{y}" y2="{y}" stroke="{line.Colour}" stroke-width="3" stroke-dasharray="{line.Dash}"/><text x="{x + 36}" y="{y + 4}" fill="#1f2933">{E(line.Label)}</text>""");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters, at spaces.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        // A number keeps its unit: "62 %" never breaks before the sign.
        foreach (var word in text.Replace(" %", "\u00A0%", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }
        lines.Add(current.ToString());
        return lines;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
