using System.Collections;
using System.Globalization;
using System.Text.Json;
using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aliado.Data.Keeping;

/// <summary>
/// Runs inside every save: checks the version the caller saw, moves each changed record to its next
/// version, and writes one <see cref="Change"/> per field that changed. One place for every entity, so
/// no feature can forget it.
/// </summary>
internal static class HistoryRecorder
{
    public static void Record(AliadoDbContext db)
    {
        var now = DateTime.UtcNow;
        var changes = new List<Change>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || !RecordModel.IsRecord(entry.Metadata) || entry.Entity is not IWorkspaceOwned owned)
            {
                continue;
            }
            var id = (Guid)entry.Property("Id").CurrentValue!;
            var version = entry.Property(RecordModel.Version);
            CheckExpected(db.Scope.Expected, entry, id, version);

            var fields = entry.State switch
            {
                EntityState.Added => Created(entry),
                EntityState.Modified => Modified(entry),
                _ => [("deleted", Describe(entry.Entity), null)],
            };
            if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && RecordModel.IsVersioned(p.Metadata) && !Same(p)))
            {
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
            var (personId, relationshipId) = Owners(entry);
            changes.AddRange(fields.Select(f => new Change
            {
                WorkspaceId = owned.WorkspaceId,
                At = now,
                ById = db.ActorId,
                Kind = RecordModel.KindOf(entry.Metadata.ClrType),
                RecordId = id,
                Version = (long)version.CurrentValue!,
                PersonId = personId,
                RelationshipId = relationshipId,
                Field = f.Field,
                Before = f.Before,
                After = f.After,
            }));
        }
        db.Changes.AddRange(changes);
    }

    /// <summary>A "deleted" or "restored" line for a record that went to or came back from the trash.</summary>
    public static Change Whole(AliadoDbContext db, object record, string field, string? before, string? after)
    {
        var entry = db.Entry(record);
        var (personId, relationshipId) = Owners(entry);
        return new Change
        {
            WorkspaceId = ((IWorkspaceOwned)record).WorkspaceId,
            At = DateTime.UtcNow,
            ById = db.ActorId,
            Kind = RecordModel.KindOf(record.GetType()),
            RecordId = (Guid)entry.Property("Id").CurrentValue!,
            Version = (long)entry.Property(RecordModel.Version).CurrentValue!,
            PersonId = personId,
            RelationshipId = relationshipId,
            Field = field,
            Before = before,
            After = after,
        };
    }

    private static void CheckExpected(ExpectedVersion? expected, EntityEntry entry, Guid id, PropertyEntry version)
    {
        if (expected is null || expected.RecordId != id || entry.State == EntityState.Added)
        {
            return;
        }
        var seen = (long)version.OriginalValue!;
        if (seen != expected.Version)
        {
            throw new StaleVersionException(id, seen);
        }
    }

    private static IEnumerable<(string Field, string? Before, string? After)> Created(EntityEntry entry) =>
        entry.Properties
            .Where(p => Recorded(p.Metadata) && Format(p.CurrentValue) is { Length: > 0 })
            .Select(p => (Name(p.Metadata), (string?)null, Format(p.CurrentValue)));

    private static IEnumerable<(string Field, string? Before, string? After)> Modified(EntityEntry entry) =>
        entry.Properties
            .Where(p => p.IsModified && Recorded(p.Metadata) && !Same(p))
            .Select(p => (Name(p.Metadata), Format(p.OriginalValue), Format(p.CurrentValue)));

    private static bool Same(PropertyEntry property) => Format(property.OriginalValue) == Format(property.CurrentValue);

    private static bool Recorded(IProperty property) =>
        !property.IsShadowProperty() && !property.IsKey() && !RecordModel.IsDerived(property)
        && property.Name is not (nameof(IWorkspaceOwned.WorkspaceId) or "CreatedAt" or "UpdatedAt" or "Hash");

    private static string Name(IProperty property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static (Guid? Person, Guid? Relationship) Owners(EntityEntry entry) => entry.Entity switch
    {
        Person person => (person.Id, null),
        Relationship relationship => (null, relationship.Id),
        _ => (Guid(entry, "PersonId"), Guid(entry, "RelationshipId")),
    };

    private static Guid? Guid(EntityEntry entry, string name) =>
        entry.Metadata.FindProperty(name) is null ? null : entry.Property(name).CurrentValue as Guid?;

    internal static string Describe(object record) =>
        record.GetType().GetProperty("Name")?.GetValue(record) as string
        ?? record.GetType().GetProperty("Title")?.GetValue(record) as string
        ?? record.GetType().GetProperty("Summary")?.GetValue(record) as string
        ?? record.GetType().GetProperty("Description")?.GetValue(record) as string
        ?? RecordModel.KindOf(record.GetType());

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum choice => KebabCase.ToKebab(choice.ToString()),
        bool flag => flag ? "true" : "false",
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
