using System.Globalization;
using System.Text;
using Aliado.Core;
using Aliado.Core.People;
using Aliado.Features.Relationships;
using Aliado.Features.Ties;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>
/// The people around a client on a power–interest grid, marked by their attitude toward me. Drawn on the
/// server as SVG, twice: with names for a wide screen, with the numbers of the list below for a phone
/// (CSS shows one), so no text is under 12 px and no label collides. 1–2 is low and 3–5 high, so no
/// mark sits on a quadrant's edge.
/// </summary>
public static class CircleMap
{
    private const int Margin = 48;
    private const int LowCells = 2;

    /// <summary>
    /// Okabe–Ito colours, told apart by colour-blind readers, and shapes that survive grey print: those
    /// on my side are circles (dark for a mentor), the neutral a square, the others triangles (pointing
    /// down, darker, for an opponent).
    /// </summary>
    public static readonly IReadOnlyDictionary<Attitude, (string Colour, string Shape)> Markers = new Dictionary<Attitude, (string, string)>
    {
        [Attitude.Mentor] = ("#0072B2", "circle"),
        [Attitude.Supporter] = ("#56B4E9", "circle"),
        [Attitude.Neutral] = ("#7F7F7F", "square"),
        [Attitude.NonSupporter] = ("#E69F00", "triangle"),
        [Attitude.Opponent] = ("#D55E00", "triangle-down"),
    };

    public static string Render(string personName, IReadOnlyList<TieDto> circle, IStringLocalizer localizer) =>
        $"""<div class="chart-pair">{Draw(personName, circle, localizer, 600, "circle", names: true)}{Draw(personName, circle, localizer, 320, "circle-narrow", names: false)}</div>""";

    /// <summary>One attitude's mark, centred on (<paramref name="x"/>, <paramref name="y"/>): for the map and for the legend.</summary>
    public static string Mark(Attitude attitude, double x, double y, double radius)
    {
        var (colour, shape) = Markers[attitude];
        string P(double px, double py) => string.Create(CultureInfo.InvariantCulture, $"{px:0.#},{py:0.#}");
        return shape switch
        {
            "circle" => string.Create(CultureInfo.InvariantCulture, $"""<circle cx="{x:0.#}" cy="{y:0.#}" r="{radius:0.#}" fill="{colour}" stroke="#1f2933" stroke-width="1"/>"""),
            "square" => string.Create(CultureInfo.InvariantCulture, $"""<rect x="{x - radius * 0.9:0.#}" y="{y - radius * 0.9:0.#}" width="{radius * 1.8:0.#}" height="{radius * 1.8:0.#}" fill="{colour}" stroke="#1f2933" stroke-width="1"/>"""),
            "triangle" => $"""<polygon points="{P(x, y - radius * 1.15)} {P(x + radius * 1.1, y + radius * 0.8)} {P(x - radius * 1.1, y + radius * 0.8)}" fill="{colour}" stroke="#1f2933" stroke-width="1"/>""",
            _ => $"""<polygon points="{P(x, y + radius * 1.15)} {P(x + radius * 1.1, y - radius * 0.8)} {P(x - radius * 1.1, y - radius * 0.8)}" fill="{colour}" stroke="#1f2933" stroke-width="1"/>""",
        };
    }

    /// <summary>The legend under the map, in the page's text: every attitude's mark and name.</summary>
    public static string Legend(IStringLocalizer localizer)
    {
        var html = new StringBuilder($"""<ul class="legend" aria-label="{AlignmentChart.E(localizer["chart.circle.legend"])}">""");
        foreach (var attitude in Enum.GetValues<Attitude>())
        {
            html.Append(CultureInfo.InvariantCulture, $"""<li><svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">{Mark(attitude, 10, 10, 6.5)}</svg> {AlignmentChart.E(localizer[$"attitude.{KebabCase.ToKebab(attitude)}"])}</li>""");
        }
        return html.Append("</ul>").ToString();
    }

    private static string Draw(string personName, IReadOnlyList<TieDto> circle, IStringLocalizer localizer, int size, string id, bool names)
    {
        var cell = (size - 2 * Margin) / 5.0;
        var low = LowCells * cell;
        var title = localizer["chart.circle.title", personName];
        var description = string.Join("; ", circle.Select((t, i) => localizer["chart.circle.person", $"{i + 1}. {t.OtherPersonName}", t.Power, t.Interest, localizer[$"attitude.{KebabCase.ToKebab(t.Attitude)}"]].Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart {(names ? "chart-wide" : "chart-narrow")}" font-family="system-ui, sans-serif" font-size="13">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{AlignmentChart.E(title)}</title><desc id="{id}-desc">{AlignmentChart.E(description)}</desc><rect width="{size}" height="{size}" fill="#ffffff"/>""");
        var inner = size - 2 * Margin;
        (string Key, double X, double Y, double W, double H)[] quadrants =
        [
            ("keep-satisfied", Margin, Margin, low, inner - low),
            ("manage-closely", Margin + low, Margin, inner - low, inner - low),
            ("monitor", Margin, Margin + inner - low, low, low),
            ("keep-informed", Margin + low, Margin + inner - low, inner - low, low),
        ];
        foreach (var (key, x, y, w, h) in quadrants)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{y:0.#}" width="{w:0.#}" height="{h:0.#}" fill="{(key == "manage-closely" ? "#eef2ff" : "#f8fafc")}" stroke="#9aa5b1"/>""");
            if (names)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 8:0.#}" y="{y + 18:0.#}" fill="#4b5563">{AlignmentChart.E(localizer[$"chart.circle.{key}"])}</text>""");
            }
        }
        for (var value = 1; value <= 5; value++)
        {
            var at = Margin + (value - 0.5) * cell;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{at:0.#}" y="{Margin + inner + 16:0.#}" text-anchor="middle" fill="#4b5563">{value}</text><text x="{Margin - 8}" y="{Margin + inner - at + Margin + 4:0.#}" text-anchor="end" fill="#4b5563">{value}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{size / 2}" y="{size - 10}" text-anchor="middle" fill="#1f2933">{AlignmentChart.E(localizer["chart.circle.interest-axis"])}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="14" y="{size / 2}" text-anchor="middle" fill="#1f2933" transform="rotate(-90 14 {size / 2})">{AlignmentChart.E(localizer["chart.circle.power-axis"])}</text>""");
        var numbered = circle.Select((tie, i) => (Tie: tie, Number: i + 1));
        foreach (var group in numbered.GroupBy(t => (t.Tie.Interest, t.Tie.Power)))
        {
            var members = group.ToList();
            // People who share a cell stand in a column inside it; a crowded cell shows how many more.
            var step = names ? 18 : 16;
            var rows = Math.Max(1, (int)((cell - 8) / step));
            var shown = members.Count > rows ? rows - 1 : members.Count;
            var used = shown + (shown < members.Count ? 1 : 0);
            var left = Margin + (group.Key.Interest - 1) * cell + 12;
            var top = Margin + (5 - group.Key.Power) * cell + (cell - used * step) / 2 + step / 2.0;
            for (var i = 0; i < shown; i++)
            {
                var (tie, number) = members[i];
                var cy = top + i * step;
                svg.Append(Mark(tie.Attitude, left, cy, 6));
                var label = names ? AlignmentChart.Shorten(tie.OtherPersonName, Math.Max(4, (int)((cell - 24) / 7))) : number.ToString(CultureInfo.InvariantCulture);
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + 10:0.#}" y="{cy + 4:0.#}" fill="#1f2933"><title>{AlignmentChart.E($"{number}. {tie.OtherPersonName}")}</title>{AlignmentChart.E(label)}</text>""");
            }
            if (shown < members.Count)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 4:0.#}" y="{top + shown * step + 4:0.#}" fill="#4b5563">+{members.Count - shown}</text>""");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
