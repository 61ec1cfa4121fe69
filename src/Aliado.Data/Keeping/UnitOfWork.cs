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

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
