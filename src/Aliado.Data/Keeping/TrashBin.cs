using System.Reflection;
using Aliado.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aliado.Data.Keeping;

/// <summary>
/// Deleting moves a record, and everything the model says goes with it, into the workspace's trash:
/// each row gets the trash entry's id, and the "trash" query filter hides it everywhere at once.
/// Restoring clears that id; purging deletes the rows for good. A handful of set-based statements per
/// operation whatever the record holds.
/// </summary>
public static class TrashBin
{
    public const int KeepDays = 30;

    // A subquery's IgnoreQueryFilters reaches the whole statement, so the outer query states its own trash condition.
    private static readonly string[] _trashFilter = [RecordModel.TrashFilter];

    private static readonly MethodInfo _markRoot = Method(nameof(MarkRootAsync));
    private static readonly MethodInfo _markChildren = Method(nameof(MarkChildrenAsync));
    private static readonly MethodInfo _clear = Method(nameof(ClearAsync));
    private static readonly MethodInfo _purgeRows = Method(nameof(PurgeRowsAsync));
    private static readonly MethodInfo _findRoot = Method(nameof(FindRootAsync));

    /// <summary>Moves <paramref name="record"/> and what goes with it to the trash.</summary>
    /// <exception cref="StaleVersionException">The caller saw another version (If-Match, a form's version).</exception>
    public static async Task<TrashEntry> MoveAsync(AliadoDbContext db, object record, string name, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(record.GetType())!;
        var id = (Guid)db.Entry(record).Property("Id").CurrentValue!;
        var version = (long)db.Entry(record).Property(RecordModel.Version).CurrentValue!;
        if (db.Scope.Expected is { } expected && expected.RecordId == id && expected.Version != version)
        {
            throw new StaleVersionException(id, version);
        }
        var entry = new TrashEntry
        {
            WorkspaceId = ((IWorkspaceOwned)record).WorkspaceId,
            Kind = RecordModel.KindOf(type.ClrType),
            RecordId = id,
            Name = name.Length > Limits.ShortText ? name[..(Limits.ShortText - 1)] + "…" : name,
            DeletedById = db.ActorId,
        };

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        db.TrashEntries.Add(entry);
        db.Changes.Add(HistoryRecorder.Whole(db, record, "deleted", name, null));
        db.Entry(record).State = EntityState.Unchanged;
        await db.SaveChangesAsync(cancellationToken);

        var marked = await Invoke(_markRoot, type, db, id, version, entry.Id, cancellationToken);
        if (marked == 0)
        {
            throw new StaleVersionException(id, version);
        }
        var edges = Edges(type);
        for (var changed = 1; changed > 0;)
        {
            changed = 0;
            foreach (var edge in edges)
            {
                changed += await (Task<int>)_markChildren.MakeGenericMethod(edge.DeclaringEntityType.ClrType, edge.PrincipalEntityType.ClrType)
                    .Invoke(null, [db, edge.Properties[0].Name, entry.Id, cancellationToken])!;
            }
        }
        await KeepUpAsync(db, record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>A relationship's stored verdict and summary follow its children into the trash and back.</summary>
    private static async Task KeepUpAsync(AliadoDbContext db, object record, CancellationToken cancellationToken)
    {
        if (Relationships.RelationshipUpkeep.Holding(record) is { IsEmpty: false } touched)
        {
            await Relationships.RelationshipUpkeep.RefreshAsync(db, touched, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Why a trash entry cannot come back: what holds it is itself in the trash, or something like it exists again.</summary>
    public enum RestoreRefusal
    {
        None,
        Gone,
        ParentInTrash,
        Conflict,
    }

    public static async Task<RestoreRefusal> RestoreAsync(AliadoDbContext db, TrashEntry entry, CancellationToken cancellationToken)
    {
        var type = TypeOf(db.Model, entry.Kind);
        if (type is null || await Invoke<object?>(_findRoot, type, db, entry.RecordId, entry.Id, cancellationToken) is not { } root)
        {
            return RestoreRefusal.Gone;
        }
        foreach (var parent in type.GetForeignKeys().Where(f => RecordModel.IsTrashable(f.PrincipalEntityType) && f.PrincipalEntityType.ClrType != typeof(Core.Workspaces.Workspace)))
        {
            var parentId = db.Entry(root).Property(parent.Properties[0].Name).CurrentValue as Guid?;
            if (parentId is { } pid && await Invoke<object?>(_findRoot, parent.PrincipalEntityType, db, pid, null, cancellationToken) is { } found
                && db.Entry(found).Property(RecordModel.TrashId).CurrentValue is not null)
            {
                return RestoreRefusal.ParentInTrash;
            }
        }

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var restored = await UnitOfWork.TryAsync(db, "restore", async () =>
        {
            foreach (var trashable in Trashable(db.Model))
            {
                await Invoke(_clear, trashable, db, entry.Id, cancellationToken);
            }
            db.TrashEntries.Remove(entry);
            db.Changes.Add(HistoryRecorder.Whole(db, root, "restored", null, entry.Name));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        if (!restored)
        {
            return RestoreRefusal.Conflict;
        }
        await KeepUpAsync(db, root, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RestoreRefusal.None;
    }

    /// <summary>Deletes for good what went with the entry, its history with it, and the entry.</summary>
    public static async Task PurgeAsync(AliadoDbContext db, TrashEntry entry, CancellationToken cancellationToken)
    {
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var root = TypeOf(db.Model, entry.Kind);
        foreach (var trashable in Trashable(db.Model).OrderBy(t => t == root))
        {
            await Invoke(_purgeRows, trashable, db, entry.Id, cancellationToken);
        }
        await db.TrashEntries.IgnoreQueryFilters().Where(t => t.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Purges every entry older than <see cref="KeepDays"/> days, in every workspace.</summary>
    public static async Task<int> PurgeExpiredAsync(AliadoDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var expired = await db.TrashEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.DeletedAt < now.AddDays(-KeepDays)).OrderBy(t => t.DeletedAt).Take(500).ToListAsync(cancellationToken);
        foreach (var entry in expired)
        {
            await PurgeAsync(db, entry, cancellationToken);
        }
        return expired.Count;
    }

    private static IEntityType? TypeOf(IModel model, string kind) =>
        Trashable(model).FirstOrDefault(t => RecordModel.IsRecord(t) && RecordModel.KindOf(t.ClrType) == kind);

    private static IEnumerable<IEntityType> Trashable(IModel model) => model.GetEntityTypes().Where(RecordModel.IsTrashable);

    /// <summary>Every cascade link below <paramref name="root"/>: what would be deleted with it goes to the trash with it.</summary>
    private static List<IForeignKey> Edges(IEntityType root)
    {
        var edges = new List<IForeignKey>();
        var seen = new HashSet<IEntityType> { root };
        var queue = new Queue<IEntityType>([root]);
        while (queue.TryDequeue(out var principal))
        {
            foreach (var link in principal.GetReferencingForeignKeys().Where(f => f.DeleteBehavior == DeleteBehavior.Cascade && RecordModel.IsTrashable(f.DeclaringEntityType)))
            {
                edges.Add(link);
                if (seen.Add(link.DeclaringEntityType))
                {
                    queue.Enqueue(link.DeclaringEntityType);
                }
            }
        }
        return edges;
    }

    private static Task<int> Invoke(MethodInfo method, IEntityType type, params object?[] arguments) =>
        Invoke<int>(method, type, arguments);

    private static Task<T> Invoke<T>(MethodInfo method, IEntityType type, params object?[] arguments) =>
        (Task<T>)method.MakeGenericMethod(type.ClrType).Invoke(null, arguments)!;

    private static MethodInfo Method(string name) => typeof(TrashBin).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> MarkRootAsync<T>(AliadoDbContext db, Guid id, long version, Guid trashId, CancellationToken cancellationToken) where T : class =>
        db.Set<T>()
            .Where(e => EF.Property<Guid>(e, "Id") == id && EF.Property<long>(e, RecordModel.Version) == version)
            .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<Guid?>(e, RecordModel.TrashId), trashId), cancellationToken);

    private static Task<int> MarkChildrenAsync<TChild, TParent>(AliadoDbContext db, string foreignKey, Guid trashId, CancellationToken cancellationToken)
        where TChild : class where TParent : class =>
        db.Set<TChild>()
            .Where(c => EF.Property<Guid?>(c, RecordModel.TrashId) == null && db.Set<TParent>().IgnoreQueryFilters(_trashFilter)
                .Any(p => EF.Property<Guid?>(p, RecordModel.TrashId) == trashId && EF.Property<Guid>(p, "Id") == EF.Property<Guid>(c, foreignKey)))
            .ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<Guid?>(c, RecordModel.TrashId), trashId), cancellationToken);

    private static Task<int> ClearAsync<T>(AliadoDbContext db, Guid trashId, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().IgnoreQueryFilters([RecordModel.TrashFilter])
            .Where(e => EF.Property<Guid?>(e, RecordModel.TrashId) == trashId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<Guid?>(e, RecordModel.TrashId), (Guid?)null), cancellationToken);

    private static async Task<int> PurgeRowsAsync<T>(AliadoDbContext db, Guid trashId, CancellationToken cancellationToken) where T : class
    {
        var rows = db.Set<T>().IgnoreQueryFilters().Where(e => EF.Property<Guid?>(e, RecordModel.TrashId) == trashId);
        if (RecordModel.IsRecord(db.Model.FindEntityType(typeof(T))!))
        {
            await db.Changes.IgnoreQueryFilters()
                .Where(c => rows.Select(e => EF.Property<Guid>(e, "Id")).Contains(c.RecordId))
                .ExecuteDeleteAsync(cancellationToken);
        }
        return await rows.ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<object?> FindRootAsync<T>(AliadoDbContext db, Guid id, Guid? trashId, CancellationToken cancellationToken) where T : class =>
        await db.Set<T>().IgnoreQueryFilters([RecordModel.TrashFilter])
            .FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id && (trashId == null || EF.Property<Guid?>(e, RecordModel.TrashId) == trashId), cancellationToken);
}
