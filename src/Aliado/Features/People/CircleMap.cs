using System.Globalization;
using System.Text;
using Aliado.Core;
using Aliado.Core.People;
using Aliado.Features.Relationships;
using Aliado.Features.Ties;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>
/// The people around a client on a power–interest grid, coloured by their attitude toward me. Drawn on
/// the server as SVG; people who share a cell are spread out so every name stays readable.
/// </summary>
public static class CircleMap
{
    private const int Size = 600;
    private const int Margin = 56;
    private const int Cell = (Size - 2 * Margin) / 5;

    public static readonly IReadOnlyDictionary<Attitude, string> Colours = new Dictionary<Attitude, string>
    {
        [Attitude.Mentor] = "#166534",
        [Attitude.Supporter] = "#15803d",
        [Attitude.Neutral] = "#4b5563",
        [Attitude.NonSupporter] = "#c2410c",
        [Attitude.Opponent] = "#b91c1c",
    };

    public static string Render(string personName, IReadOnlyList<TieDto> circle, IStringLocalizer localizer)
    {
        var title = localizer["chart.circle.title", personName];
        var description = string.Join("; ", circle.Select(t => localizer["chart.circle.person", t.OtherPersonName, t.Power, t.Interest, localizer[$"attitude.{KebabCase.ToKebab(t.Attitude)}"]].Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Size} {Size}" role="img" aria-labelledby="circle-title circle-desc" class="chart" font-family="system-ui, sans-serif" font-size="13">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="circle-title">{AlignmentChart.E(title)}</title><desc id="circle-desc">{AlignmentChart.E(description)}</desc><rect width="{Size}" height="{Size}" fill="#ffffff"/>""");
        var inner = Size - 2 * Margin;
        var half = inner / 2;
        (string Key, int X, int Y)[] quadrants = [("keep-satisfied", Margin, Margin), ("manage-closely", Margin + half, Margin), ("monitor", Margin, Margin + half), ("keep-informed", Margin + half, Margin + half)];
        foreach (var (key, x, y) in quadrants)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y}" width="{half}" height="{half}" fill="{(key == "manage-closely" ? "#eef2ff" : "#f8fafc")}" stroke="#d5dbe1"/><text x="{x + 8}" y="{y + 18}" fill="#4b5563" font-size="12">{AlignmentChart.E(localizer[$"chart.circle.{key}"])}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Size / 2}" y="{Size - 16}" text-anchor="middle" fill="#1f2933">{AlignmentChart.E(localizer["chart.circle.interest-axis"])}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="18" y="{Size / 2}" text-anchor="middle" fill="#1f2933" transform="rotate(-90 18 {Size / 2})">{AlignmentChart.E(localizer["chart.circle.power-axis"])}</text>""");
        foreach (var group in circle.GroupBy(t => (t.Interest, t.Power)))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var tie = members[i];
                var cx = Margin + (tie.Interest - 0.5) * Cell;
                var cy = Margin + (5 - tie.Power + 0.5) * Cell - 10 + i * 22 - (members.Count - 1) * 11;
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{cx:0.#}" cy="{cy:0.#}" r="8" fill="{Colours[tie.Attitude]}"><title>{AlignmentChart.E(tie.OtherPersonName)}</title></circle>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{cx + 12:0.#}" y="{cy + 4:0.#}" fill="#1f2933">{AlignmentChart.E(AlignmentChart.Shorten(tie.OtherPersonName, 18))}</text>""");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
