using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Workspaces;

/// <summary>The HTTP face of <see cref="VerdictThresholds"/>: its routes, their answers and what they may return.</summary>
public static class VerdictThresholdsApi
{
    public static void MapWorkspace(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workspace").WithTags("Workspace");
        group.MapGet("/verdict-policy", async (AliadoDbContext db, CancellationToken cancellationToken) => TypedResults.Ok(await VerdictThresholds.ReadAsync(db, cancellationToken)))
            .WithSummary("The thresholds of the verdict in this workspace: minimum coincidence (percent) and the importance from which an interest counts as wanted.")
            .VersionedBySnapshot(Current);
        group.MapPut("/verdict-policy", async Task<Results<Ok<VerdictPolicyDto>, ValidationProblem, ProblemHttpResult>> (VerdictPolicyDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
                problems.Ok(await VerdictThresholds.TuneAsync(db, workspace, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Owner)
            .VersionedBySnapshot(Current);
    }

    private static async Task<object?> Current(HttpContext context) =>
        await VerdictThresholds.ReadAsync(context.RequestServices.GetRequiredService<AliadoDbContext>(), context.RequestAborted);
}
