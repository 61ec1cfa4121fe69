using System.Globalization;
using System.Net;
using System.Text;
using Aliado.Core.Relationships;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// The alignment as a picture, drawn on the server as SVG so it also prints: one bar per client
/// interest, as long as its importance, coloured by how well my interests meet it, and marked when
/// nothing I am willing to give serves it.
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
        var rows = alignment.ClientInterests;
        var height = Top + Math.Max(1, rows.Count) * Row + 44;
        var title = localizer["chart.alignment.title"];
        var summary = localizer["chart.alignment.summary", Verdicts.Percent(alignment.CoincidenceShare), Verdicts.Percent(alignment.ConflictShare)];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="alignment-title alignment-desc" class="chart" font-family="system-ui, sans-serif" font-size="14">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="alignment-title">{E(title)}</title><desc id="alignment-desc">{E(summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{height}" fill="#ffffff"/><text x="12" y="26" font-weight="600" fill="#1f2933">{E(summary)}</text>""");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * Row;
            var length = BarArea * row.Importance / 5;
            var (fill, link) = row.BestLink switch
            {
                CoincidenceStrength.Full => ("#166534", localizer["strength.full"].Value),
                CoincidenceStrength.Partial => ("#4d7c0f", localizer["strength.partial"].Value),
                _ when row.HasConflict => ("#b91c1c", localizer["strength.conflict"].Value),
                _ => ("#6b7280", localizer["chart.alignment.no-link"].Value),
            };
            var served = row.ServedByWilling.Count > 0 ? localizer["chart.alignment.served"].Value : localizer["chart.alignment.unserved"].Value;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{y + 22}" fill="#1f2933">{E(Shorten(row.Description, 34))} ({row.Importance})</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{y + 6}" width="{length}" height="22" rx="4" fill="{fill}"><title>{E(row.Description)}: {E(link)}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + 8}" y="{y + 22}" fill="#ffffff">{E(link)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + BarArea + 12}" y="{y + 22}" fill="{(row.ServedByWilling.Count > 0 ? "#166534" : "#b91c1c")}">{E(served)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="{height - 14}" fill="#4b5563">{E(localizer["chart.alignment.legend"])}</text></svg>""");
        return svg.ToString();
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
