using System.Globalization;
using System.Text;
using Aliado.Features.Relationships;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

/// <summary>Progress toward the imperfect questioner over the assessments, as a server-rendered SVG line (0–100 %).</summary>
public static class ProgressChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 56;
    private const int Right = 24;
    private const int Top = 40;
    private const int Bottom = 40;

    /// <summary>Draws at least one assessment; <paramref name="assessments"/> may come in any order.</summary>
    public static string Render(IReadOnlyList<AssessmentDto> assessments, Func<DateTime, string> date, IStringLocalizer localizer)
    {
        var points = assessments.OrderBy(a => a.AssessedAt).ToList();
        var latest = points[^1];
        var summary = localizer["chart.progress.summary", points.Count, Verdicts.Percent(latest.TargetProgress)];
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (points.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(points.Count - 1));
        double Y(double share) => Top + plotHeight * (1 - share);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="progress-title progress-desc" class="chart" font-family="system-ui, sans-serif" font-size="13" data-testid="progress-chart">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="progress-title">{AlignmentChart.E(localizer["chart.progress.title"])}</title><desc id="progress-desc">{AlignmentChart.E(summary)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="#ffffff"/><text x="12" y="24" font-weight="600" fill="#1f2933">{AlignmentChart.E(summary)}</text>""");
        foreach (var share in new[] { 0, 0.5, 1 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{Y(share):0.#}" y2="{Y(share):0.#}" stroke="#e5e7eb"/><text x="{Left - 8}" y="{Y(share) + 4:0.#}" fill="#4b5563" text-anchor="end">{share * 100:0} %</text>""");
        }
        var path = string.Join(' ', points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(p.TargetProgress):0.#}")));
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="#15803d" stroke-width="3"/>""");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(i):0.#}" cy="{Y(points[i].TargetProgress):0.#}" r="5" fill="#15803d"><title>{AlignmentChart.E(date(points[i].AssessedAt))}: {AlignmentChart.E(Verdicts.Percent(points[i].TargetProgress))}</title></circle>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 12}" fill="#4b5563">{AlignmentChart.E(date(points[0].AssessedAt))}</text><text x="{Width - Right}" y="{Height - 12}" fill="#4b5563" text-anchor="end">{AlignmentChart.E(date(latest.AssessedAt))}</text></svg>""");
        return svg.ToString();
    }
}
