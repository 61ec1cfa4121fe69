using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Keeping;

/// <summary>A record's current version, read from what this unit of work already holds or with one primary-key lookup.</summary>
public static class RecordVersions
{
    private static readonly MethodInfo _read = typeof(RecordVersions).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<long?> FindAsync(AliadoDbContext db, Type record, Guid id, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata.ClrType == record && e.State != EntityState.Deleted && e.Property("Id").CurrentValue is Guid found && found == id);
        if (tracked is not null)
        {
            return (long)tracked.Property(RecordModel.Version).CurrentValue!;
        }
        return await (Task<long?>)_read.MakeGenericMethod(record).Invoke(null, [db, id, cancellationToken])!;
    }

    private static async Task<long?> ReadAsync<T>(AliadoDbContext db, Guid id, CancellationToken cancellationToken) where T : class =>
        await db.Set<T>().Where(e => EF.Property<Guid>(e, "Id") == id).Select(e => (long?)EF.Property<long>(e, RecordModel.Version)).FirstOrDefaultAsync(cancellationToken);
}
