using Aliado.Core.Relationships;
using Aliado.Data;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>
/// Lists show each relationship's stored outcome, so when the verdict's rules change (version 2 added
/// "what I get" and landing offerings) every stored verdict made under older rules is recomputed once,
/// right after the schema is migrated, one workspace at a time.
/// </summary>
public static class VerdictUpgrade
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        List<Guid> behind;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            behind = await db.Workspaces.Where(w => w.VerdictRulesVersion < Verdict.RulesVersion).Select(w => w.Id).ToListAsync(cancellationToken);
        }
        foreach (var workspaceId in behind)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            var workspace = await db.Workspaces.FirstAsync(w => w.Id == workspaceId, cancellationToken);
            await CaseFile.RecomputeAllAsync(db, workspace.VerdictPolicy, cancellationToken);
            workspace.MarkVerdictsCurrent();
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
