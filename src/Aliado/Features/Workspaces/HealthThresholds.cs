using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Platform;
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
}
