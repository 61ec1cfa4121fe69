using System.Globalization;
using System.Net;
using System.Text;
using Aliado.Core.Relationships;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// The alignment as a picture, drawn on the server as SVG so it also prints: one bar per client
/// interest, as long as its importance, coloured by how well my interests meet it, and marked when
/// nothing I am willing to give serves it; then one bar per interest of mine: what I get.
/// </summary>
public static class AlignmentChart
{
    private const int Width = 720;
    private const int LabelWidth = 260;
    private const int BarArea = 300;
    private const int Row = 36;
    private const int Top = 48;

    public static string Render(AlignmentDto alignment, IStringLocalizer localizer)
    {
        var clientRows = alignment.ClientInterests;
        var mineTop = Top + Math.Max(1, clientRows.Count) * Row + 16;
        var mineRows = alignment.ProviderInterests;
        var height = mineTop + 28 + Math.Max(1, mineRows.Count) * Row + 44;
        var title = localizer["chart.alignment.title"];
        var summary = localizer["chart.alignment.summary", Verdicts.Percent(alignment.CoincidenceShare), Verdicts.Percent(alignment.ConflictShare), Verdicts.Percent(alignment.ProviderShare)];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="alignment-title alignment-desc" class="chart" font-family="system-ui, sans-serif" font-size="14">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="alignment-title">{E(title)}</title><desc id="alignment-desc">{E(summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{height}" fill="#ffffff"/><text x="12" y="26" font-weight="600" fill="#1f2933">{E(summary)}</text>""");
        for (var i = 0; i < clientRows.Count; i++)
        {
            var row = clientRows[i];
            var served = row.ServedByWilling.Count > 0;
            Bar(svg, Top + i * Row, row.Description, row.Importance, row.BestLink, row.HasConflict, localizer);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + BarArea + 12}" y="{Top + i * Row + 22}" fill="{(served ? "#166534" : "#b91c1c")}">{E(served ? localizer["chart.alignment.served"].Value : localizer["chart.alignment.unserved"].Value)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{mineTop + 18}" font-weight="600" fill="#1f2933">{E(localizer["chart.alignment.what-i-get", Verdicts.Percent(alignment.ProviderShare)])}</text>""");
        for (var i = 0; i < mineRows.Count; i++)
        {
            var row = mineRows[i];
            Bar(svg, mineTop + 28 + i * Row, row.Description, row.Importance, row.BestLink, row.HasConflict, localizer);
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{height - 14}" fill="#4b5563">{E(localizer["chart.alignment.legend"])}</text></svg>""");
        return svg.ToString();
    }

    /// <summary>One interest: its name and importance, and a bar as long as the importance, coloured by its best link.</summary>
    private static void Bar(StringBuilder svg, int y, string description, int importance, CoincidenceStrength? best, bool conflict, IStringLocalizer localizer)
    {
        var length = BarArea * importance / 5;
        var (fill, link) = best switch
        {
            CoincidenceStrength.Full => ("#166534", localizer["strength.full"].Value),
            CoincidenceStrength.Partial => ("#4d7c0f", localizer["strength.partial"].Value),
            _ when conflict => ("#b91c1c", localizer["strength.conflict"].Value),
            _ => ("#6b7280", localizer["chart.alignment.no-link"].Value),
        };
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{y + 22}" fill="#1f2933">{E(Shorten(description, 34))} ({importance})</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{y + 6}" width="{length}" height="22" rx="4" fill="{fill}"><title>{E(description)}: {E(link)}</title></rect>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + 8}" y="{y + 22}" fill="#ffffff">{E(link)}</text>""");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
