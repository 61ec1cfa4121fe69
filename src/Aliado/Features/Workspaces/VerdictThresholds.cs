using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Workspaces;

public sealed record VerdictPolicyDto(int MinimumCoincidencePercent, int WantedImportance);

/// <summary>
/// The workspace's own thresholds for the verdict. Only the owner changes them, and every stored
/// verdict of the workspace is recomputed in the same transaction.
/// </summary>
public static class VerdictThresholds
{
    public static async Task<VerdictPolicyDto> ReadAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        Describe(await CaseFile.PolicyAsync(db, cancellationToken));

    private static VerdictPolicyDto Describe(Core.Relationships.VerdictPolicy policy) =>
        new((int)Math.Round(policy.MinimumCoincidenceShare * 100), policy.WantedImportance);

    public static async Task<Outcome<VerdictPolicyDto>> TuneAsync(AliadoDbContext db, CurrentWorkspace workspace, VerdictPolicyDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return Outcome.Invalid<VerdictPolicyDto>(errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Workspaces.FirstAsync(w => w.Id == workspace.Id, cancellationToken);
        entity.Tune(draft);
        await CaseFile.RecomputeAllAsync(db, entity.VerdictPolicy, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done(Describe(entity.VerdictPolicy));
    }
}
