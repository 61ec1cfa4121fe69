using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Dashboard;

public static class DashboardApi
{
    public static void MapDashboard(this RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async Task<Results<Ok<DashboardDto>, ValidationProblem>> (
                string? q, [Choices<VerdictOutcome>] string? outcome, [Choices<HealthStatus>] string? health,
                [Choices<CadenceStatus>] string? cadence, [Choices<PortfolioSort>] string? sort, int? page, int? pageSize,
                AliadoDbContext db, TimeProvider clock, UserTime time, Problems problems, CancellationToken cancellationToken) =>
            {
                var query = new PortfolioQuery(q, outcome, health, cadence, sort);
                var errors = query.Validate();
                return errors.Count > 0
                    ? problems.Validation(errors)
                    : TypedResults.Ok(await Dashboard.ReadAsync(db, clock, time.Today, query, PageRequest.From(page, pageSize), cancellationToken));
            })
            .WithTags("Dashboard")
            .WithSummary("Today's agenda (overdue, due, awaitingAnswer, followUps, stalePulses) and the portfolio; filter by q, outcome, health, cadence; sort by client, health, last-touch, next-touch or outcome.");
}
