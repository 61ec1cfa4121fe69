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

    public IReadOnlyList<FieldError> FilterErrors { get; private set; } = [];

    public Guid? MeId { get; private set; }

    public string Filters => string.Join('&', new[] { ("outcome", Outcome), ("health", Health), ("cadence", Cadence), ("sort", Sort) }
        .Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => $"{f.Item1}={Uri.EscapeDataString(f.Item2!)}"));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return;
        }
        var query = new PortfolioQuery(Search, Empty(Outcome), Empty(Health), Empty(Cadence), Empty(Sort));
        FilterErrors = query.Validate();
        if (FilterErrors.Count > 0)
        {
            query = new PortfolioQuery();
        }
        Dashboard = await Features.Dashboard.Dashboard.ReadAsync(db, clock, time.Today, query, PageRequest.From(PageNumber, PageRequest.DefaultSize), cancellationToken);
        MeId = await db.People.Where(p => p.IsMe).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
