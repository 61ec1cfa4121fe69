using Aliado.Core;
using Aliado.Data;
using Aliado.Features.Dashboard;
using Aliado.Features.Demo;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Home;

/// <summary>Signed out: what Aliado is. Signed in: the dashboard — today's agenda and the portfolio.</summary>
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    public bool SignedIn => workspace.IsResolved;

    public bool DemoEnabled => DemoModel.Enabled(configuration, environment);

    public string WorkspaceName => workspace.Name;

    public bool CanEdit => workspace.CanEdit;

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery]
    public string? Outcome { get; set; }

    [FromQuery]
    public string? Health { get; set; }

    [FromQuery]
    public string? Cadence { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    [FromQuery(Name = "p")]
    public int? PageNumber { get; set; }

    public DashboardDto? Dashboard { get; private set; }

    /// <summary>Filters in the address that name no choice (an old or edited link), each left out of the portfolio.</summary>
    public IReadOnlyList<UnknownFilter> UnknownFilters { get; private set; } = [];

    /// <summary>The search box's own error, shown beside it with the text kept.</summary>
    public FieldError? SearchError { get; private set; }

    public Guid? MeId { get; private set; }

    /// <summary>The filters the portfolio applies, for the pager's links (one the dashboard did not understand is left out).</summary>
    public string Filters => string.Join('&', FilterValues
        .Where(f => !string.IsNullOrEmpty(f.Value) && !Failed(f.Field)).Select(f => $"{f.Field}={Uri.EscapeDataString(f.Value!)}"));

    /// <summary>Each filter of the address with its value and the resource key of its label in the form.</summary>
    private (string Field, string? Value, string LabelKey)[] FilterValues =>
        [("outcome", Outcome, "dashboard.verdict"), ("health", Health, "health.title"), ("cadence", Cadence, "dashboard.cadence"), ("sort", Sort, "dashboard.sort")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return;
        }
        var query = new PortfolioQuery(Search, Empty(Outcome), Empty(Health), Empty(Cadence), Empty(Sort));
        var errors = query.Validate();
        SearchError = errors.FirstOrDefault(e => e.Field == "q");
        UnknownFilters = [.. FilterValues.Where(f => errors.Any(e => e.Field == f.Field)).Select(f => new UnknownFilter(f.Field, f.LabelKey, Shorten(f.Value)))];
        // Only what failed is left out: the other filters of the link still apply.
        query = query with
        {
            Q = SearchError is null ? query.Q : null,
            Outcome = Failed("outcome") ? null : query.Outcome,
            Health = Failed("health") ? null : query.Health,
            Cadence = Failed("cadence") ? null : query.Cadence,
            Sort = Failed("sort") ? null : query.Sort,
        };
        Dashboard = await Features.Dashboard.Dashboard.ReadAsync(db, clock, time.Today, query, PageRequest.From(PageNumber, PageRequest.DefaultSize), cancellationToken);
        MeId = await db.People.Where(p => p.IsMe).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private bool Failed(string field) => UnknownFilters.Any(f => f.Field == field);

    private static string Shorten(string? value) => value is { Length: > 40 } ? value[..40] + "…" : value ?? string.Empty;

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>
/// A filter of the dashboard's address (<c>outcome</c>, <c>health</c>, <c>cadence</c>, <c>sort</c>) with a value it
/// does not offer, and the resource key of the filter's label as the form shows it.
/// </summary>
public sealed record UnknownFilter(string Field, string LabelKey, string Value);
