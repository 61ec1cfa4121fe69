using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

/// <summary>Progress toward the imperfect questioner over a person's assessments (0–100 %).</summary>
public static class ProgressChart
{
    /// <summary>Draws at least one assessment; <paramref name="assessments"/> may come in any order.</summary>
    public static string Render(IReadOnlyList<AssessmentDto> assessments, Func<DateTime, string> date, IStringLocalizer localizer)
    {
        var points = assessments.OrderBy(a => a.AssessedAt).ToList();
        var spec = new LineChartSpec("progress-chart", localizer["chart.progress.title"], localizer["chart.progress.summary", points.Count, Verdicts.Percent(points[^1].TargetProgress)],
            0, 1, [0, 0.5, 1], Verdicts.Percent);
        return LineChart.Render(spec, [.. points.Select(a => a.AssessedAt)], [new(localizer["chart.progress.title"], "#15803d", [.. points.Select(a => a.TargetProgress)])], date);
    }
}
