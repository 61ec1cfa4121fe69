using System.Globalization;
using System.Net;
using System.Text;
using Aliado.Core.Relationships;
using Aliado.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// The alignment as a picture, drawn on the server as SVG so it also prints: one bar per client
/// interest, as long as its importance, coloured by how well my interests meet it, and marked when
/// nothing I am willing to give serves it; then one bar per interest of mine: what I get.
/// </summary>
public static class AlignmentChart
{
    private const int Row = 36;
    private const int Top = 48;

    /// <summary>Drawn twice, for a wide screen (names beside the bars) and a phone (names above them); CSS shows one.</summary>
    public static string Render(AlignmentDto alignment, IStringLocalizer localizer) =>
        $"""<div class="chart-pair" data-testid="alignment-chart">{Draw(alignment, localizer, narrow: false)}{Draw(alignment, localizer, narrow: true)}</div>""";

    private static string Draw(AlignmentDto alignment, IStringLocalizer localizer, bool narrow)
    {
        var width = narrow ? 340 : 720;
        var id = narrow ? "alignment-narrow" : "alignment";
        var row = narrow ? 50 : Row;
        var summary = localizer["chart.alignment.summary", Verdicts.Percent(alignment.CoincidenceShare), Verdicts.Percent(alignment.ConflictShare), Verdicts.Percent(alignment.ProviderShare)].Value;
        // About 9 px per bold character at 14 px: headings wrap instead of running off the chart.
        var perLine = (width - 24) / 9;
        var summaryLines = LineChart.Wrap(summary, perLine);
        var legendLines = LineChart.Wrap(localizer["chart.alignment.legend"].Value, perLine);
        var getsLines = LineChart.Wrap(localizer["chart.alignment.what-i-get", Verdicts.Percent(alignment.ProviderShare)].Value, perLine);
        var top = Top + (summaryLines.Count - 1) * 20;
        var clientRows = alignment.ClientInterests;
        var mineTop = top + Math.Max(1, clientRows.Count) * row + 16 + (getsLines.Count - 1) * 20;
        var mineRows = alignment.ProviderInterests;
        var height = mineTop + 28 + Math.Max(1, mineRows.Count) * row + 24 + legendLines.Count * 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart {(narrow ? "chart-narrow" : "chart-wide")}" font-family="system-ui, sans-serif" font-size="14">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{E(localizer["chart.alignment.title"])}</title><desc id="{id}-desc">{E(summary)}</desc><rect width="{width}" height="{height}" fill="#ffffff"/>""");
        for (var line = 0; line < summaryLines.Count; line++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{26 + line * 20}" font-weight="600" fill="#1f2933">{E(summaryLines[line])}</text>""");
        }
        for (var i = 0; i < clientRows.Count; i++)
        {
            var client = clientRows[i];
            var served = client.ServedByWilling.Count > 0;
            var servedText = $"""<tspan fill="{(served ? "#166534" : "#b91c1c")}">{E(served ? localizer["chart.alignment.served"].Value : localizer["chart.alignment.unserved"].Value)}</tspan>""";
            Bar(svg, top + i * row, client.Description, client.Importance, client.BestLink, client.HasConflict, servedText, narrow, localizer);
        }
        for (var line = 0; line < getsLines.Count; line++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{mineTop + 18 - (getsLines.Count - 1 - line) * 20}" font-weight="600" fill="#1f2933">{E(getsLines[line])}</text>""");
        }
        for (var i = 0; i < mineRows.Count; i++)
        {
            var mine = mineRows[i];
            Bar(svg, mineTop + 28 + i * row, mine.Description, mine.Importance, mine.BestLink, mine.HasConflict, null, narrow, localizer);
        }
        for (var line = 0; line < legendLines.Count; line++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{height - 14 - (legendLines.Count - 1 - line) * 20}" fill="#4b5563">{E(legendLines[line])}</text>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// One interest: its name and importance, and a bar as long as the importance, coloured by its best
    /// link, with the link (and for a client interest, whether it is served) written after the bar.
    /// </summary>
    private static void Bar(StringBuilder svg, int y, string description, int importance, CoincidenceStrength? best, bool conflict, string? served, bool narrow, IStringLocalizer localizer)
    {
        var (labelWidth, barArea, barY) = narrow ? (12, 120, y + 24) : (260, 240, y + 6);
        var length = barArea * importance / 5;
        var (fill, link) = best switch
        {
            CoincidenceStrength.Full => ("#166534", localizer["strength.full"].Value),
            CoincidenceStrength.Partial => ("#4d7c0f", localizer["strength.partial"].Value),
            _ when conflict => ("#b91c1c", localizer["strength.conflict"].Value),
            _ => ("#6b7280", localizer["chart.alignment.no-link"].Value),
        };
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{y + (narrow ? 16 : 22)}" fill="#1f2933">{E(Shorten(description, narrow ? 36 : 30))} ({importance})</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{labelWidth}" y="{barY}" width="{length}" height="{(narrow ? 18 : 22)}" rx="4" fill="{fill}"><title>{E(description)}: {E(link)}</title></rect>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelWidth + length + 8}" y="{barY + (narrow ? 14 : 16)}" fill="#1f2933">{E(link)}{(served is null ? string.Empty : " · ")}{served}</text>""");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
