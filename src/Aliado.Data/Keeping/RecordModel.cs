using Aliado.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Keeping;

/// <summary>
/// What the model says about keeping records: which entities go to the trash, which carry a version,
/// which properties are derived (recomputed by the method, so neither a change of the user's nor a
/// reason to refuse their save), and each record's kind in the API's words.
/// </summary>
public static class RecordModel
{
    public const string TrashId = "TrashId";
    public const string Version = "Version";
    public const string WorkspaceFilter = "workspace";
    public const string TrashFilter = "trash";

    private const string DerivedAnnotation = "Aliado:Derived";
    private const string UnversionedAnnotation = "Aliado:Unversioned";

    /// <summary>Workspace rows that are settings or keys, not records a user deletes and restores.</summary>
    private static readonly HashSet<string> _notTrashable =
    [
        nameof(Core.Typology.ClientType), nameof(Core.Typology.Trait), nameof(ApiToken), nameof(CalendarFeed),
        nameof(TrashEntry), nameof(Change), nameof(SecurityEvent), nameof(PendingImport),
    ];

    private static readonly Dictionary<string, string> _kindNames = new()
    {
        [nameof(Core.Running.Interaction)] = "conversation",
    };

    public static bool IsTrashable(Type clrType) =>
        typeof(IWorkspaceOwned).IsAssignableFrom(clrType) && !_notTrashable.Contains(clrType.Name);

    public static bool IsTrashable(IReadOnlyEntityType entity) => IsTrashable(entity.ClrType);

    /// <summary>A record with its own id (not a link row) is versioned and has a history.</summary>
    public static bool IsRecord(IReadOnlyEntityType entity) =>
        IsTrashable(entity) && entity.FindPrimaryKey() is { Properties: [{ Name: "Id" }] };

    public static string KindOf(Type clrType) =>
        _kindNames.TryGetValue(clrType.Name, out var kind) ? kind : KebabCase.ToKebab(clrType.Name);

    /// <summary>Recomputed by the method: not in the history, and no reason to refuse a save.</summary>
    public static PropertyBuilder<T> IsDerived<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(DerivedAnnotation, true);

    /// <summary>In the history (the user wants to see it move) but never a reason to refuse a save.</summary>
    public static PropertyBuilder<T> IsUnversioned<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(UnversionedAnnotation, true);

    public static bool IsDerived(IReadOnlyProperty property) => property.FindAnnotation(DerivedAnnotation)?.Value is true;

    public static bool IsVersioned(IReadOnlyProperty property) =>
        !IsDerived(property) && property.FindAnnotation(UnversionedAnnotation)?.Value is not true;

    /// <summary>Adds the trash column and the version to every record, and both filters to every row.</summary>
    internal static void Apply(ModelBuilder builder, AliadoDbContext context)
    {
        var scope = typeof(RecordModel).GetMethod(nameof(Scope), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            scope.MakeGenericMethod(entity.ClrType).Invoke(null, [builder, context, IsTrashable(entity), IsRecord(entity)]);
        }
        IndexParentsBehindWorkspace(builder);
    }

    /// <summary>
    /// Every lookup by parent (one relationship's interests, one person's ties) also carries the workspace
    /// filter, so each foreign key is indexed behind the workspace: the planner then always has an index
    /// narrower than the whole workspace, with or without statistics.
    /// </summary>
    private static void IndexParentsBehindWorkspace(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            var workspace = entity.FindProperty(nameof(IWorkspaceOwned.WorkspaceId))!;
            foreach (var key in entity.GetForeignKeys().Where(k => !k.Properties.Contains(workspace)).ToList())
            {
                var columns = new[] { workspace }.Concat(key.Properties).ToList();
                var covered = entity.GetIndexes().Any(i => i.Properties.Count >= columns.Count && i.Properties.Take(columns.Count).SequenceEqual(columns) && i.GetFilter() is null);
                if (!covered)
                {
                    builder.Entity(entity.ClrType).HasIndex([.. columns.Select(c => c.Name)]);
                }
            }
        }
    }

    private static void Scope<T>(ModelBuilder builder, AliadoDbContext context, bool trashable, bool record) where T : class, IWorkspaceOwned
    {
        var entity = builder.Entity<T>();
        entity.HasQueryFilter(WorkspaceFilter, e => e.WorkspaceId == context.CurrentWorkspaceId);
        entity.HasOne<Core.Workspaces.Workspace>().WithMany().HasForeignKey(e => e.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        if (trashable)
        {
            entity.Property<Guid?>(TrashId);
            entity.HasIndex(TrashId);
            entity.HasQueryFilter(TrashFilter, e => EF.Property<Guid?>(e, TrashId) == null);
        }
        if (record)
        {
            entity.Property<long>(Version).IsConcurrencyToken();
        }
    }
}
