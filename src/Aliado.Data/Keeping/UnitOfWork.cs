using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Aliado.Data.Keeping;

/// <summary>
/// A transaction that joins the caller's when there is one, so steps that each need to be atomic
/// (moving to the trash, recomputing a verdict) can also be made atomic together.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly IDbContextTransaction? _owned;

    private UnitOfWork(IDbContextTransaction? owned) => _owned = owned;

    public static async Task<UnitOfWork> BeginAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    /// <summary>Commits if this unit began the transaction; a joined one commits with its owner.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>
    /// Runs <paramref name="work"/> behind a savepoint: if the database refuses it (a unique index), only
    /// that work is undone and the surrounding transaction stays usable. False when refused.
    /// </summary>
    public static async Task<bool> TryAsync(AliadoDbContext db, string name, Func<Task> work, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("A savepoint needs a transaction.");
        await transaction.CreateSavepointAsync(name, cancellationToken);
        try
        {
            await work();
            await transaction.ReleaseSavepointAsync(name, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException)
        {
            // A set-based update reports a unique index as the provider's own exception, not EF's.
            await transaction.RollbackToSavepointAsync(name, cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
