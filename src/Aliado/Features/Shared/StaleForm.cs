using Aliado.Data;
using Aliado.Features.History;

namespace Aliado.Features.Shared;

/// <summary>
/// A form's guard against overwriting someone else's save: it carries the version it was loaded at, and
/// a save that arrives stale comes back with the user's input and the changes made meanwhile.
/// </summary>
public static class StaleForm
{
    /// <summary>Runs <paramref name="save"/> expecting <paramref name="version"/>; on a stale save returns the changes since and the version to save over.</summary>
    public static async Task<(T? Saved, IReadOnlyList<ChangeDto>? Meanwhile, long? Current)> SaveAsync<T>(
        AliadoDbContext db, WorkspaceScope scope, Guid? id, long? version, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        if (id is { } recordId && version is { } seen)
        {
            scope.Expect(recordId, seen);
        }
        try
        {
            return (await save(), null, version);
        }
        catch (StaleVersionException stale)
        {
            db.ChangeTracker.Clear();
            return (default, await RecordHistory.SinceAsync(db, stale.RecordId, version ?? 0, cancellationToken), stale.Current);
        }
    }
}
