using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Workspaces;

/// <summary>The HTTP face of <see cref="HealthThresholds"/>: its routes, their answers and what they may return.</summary>
public static class HealthThresholdsApi
{
    public static void MapHealthPolicy(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workspace").WithTags("Workspace");
        group.MapGet("/health-policy", async (AliadoDbContext db, CancellationToken cancellationToken) => TypedResults.Ok(await HealthThresholds.ReadAsync(db, cancellationToken)))
            .VersionedBySnapshot(Current)
            .WithSummary("The thresholds of health in this workspace: days until a pulse is old, and the runs of no's that mean watch and at risk.");
        group.MapPut("/health-policy", async Task<Results<Ok<HealthPolicyDto>, ValidationProblem, ProblemHttpResult>> (HealthPolicyDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
                problems.Ok(await HealthThresholds.TuneAsync(db, workspace, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Owner)
            .VersionedBySnapshot(Current);
    }

    private static async Task<object?> Current(HttpContext context) =>
        await HealthThresholds.ReadAsync(context.RequestServices.GetRequiredService<AliadoDbContext>(), context.RequestAborted);
}
