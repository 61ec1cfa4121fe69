using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Workspaces;

public sealed record HealthPolicyDto(int StalePulseDays, int WatchStreak, int AtRiskStreak);

/// <summary>
/// The workspace's own thresholds for health: when a pulse counts as old, and how many no's in a row
/// make a relationship worth watching or put it at risk. Health is worked out when read, so a change
/// shows at once everywhere; only the owner changes them.
/// </summary>
public static class HealthThresholds
{
    public static async Task<HealthPolicyDto> ReadAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        await db.Workspaces.AsNoTracking().Where(w => w.Id == db.CurrentWorkspaceId)
            .Select(w => new HealthPolicyDto(w.StalePulseDays, w.WatchStreak, w.AtRiskStreak)).FirstAsync(cancellationToken);

    public static async Task<Outcome<HealthPolicyDto>> TuneAsync(AliadoDbContext db, CurrentWorkspace workspace, HealthPolicyDraft draft, CancellationToken cancellationToken)
    {
        var entity = await db.Workspaces.FirstAsync(w => w.Id == workspace.Id, cancellationToken);
        var errors = draft.Validate(entity.WatchStreak, entity.AtRiskStreak);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<HealthPolicyDto>(errors);
        }
        entity.Tune(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(new HealthPolicyDto(entity.StalePulseDays, entity.WatchStreak, entity.AtRiskStreak));
    }

    public static void MapHealthPolicy(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workspace").WithTags("Workspace");
        group.MapGet("/health-policy", async (AliadoDbContext db, CancellationToken cancellationToken) => TypedResults.Ok(await ReadAsync(db, cancellationToken)))
            .VersionedBySnapshot(Current)
            .WithSummary("The thresholds of health in this workspace: days until a pulse is old, and the runs of no's that mean watch and at risk.");
        group.MapPut("/health-policy", async Task<Results<Ok<HealthPolicyDto>, ValidationProblem, ProblemHttpResult>> (HealthPolicyDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
                problems.Ok(await TuneAsync(db, workspace, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Owner)
            .VersionedBySnapshot(Current);
    }

    private static async Task<object?> Current(HttpContext context) =>
        await ReadAsync(context.RequestServices.GetRequiredService<AliadoDbContext>(), context.RequestAborted);
}
