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
    /// <summary>The one line a record made by an import gets, naming what it came from.</summary>
    public const string Imported = "imported";

    public static void Record(AliadoDbContext db)
    {
        var now = DateTime.UtcNow;
        var changes = new List<Change>();
        var entries = db.ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Deleted && _links.TryGetValue(entry.Metadata.ClrType, out var link) && entry.Entity is IWorkspaceOwned linked)
            {
                if (entry.State == EntityState.Deleted || db.Scope.ImportedFrom is null)
                {
                    changes.Add(LinkChange(db, entries, entry, link, linked.WorkspaceId, now));
                }
                continue;
            }
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
                EntityState.Added when db.Scope.ImportedFrom is { } origin => [(Imported, null, origin)],
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

    /// <summary>A link row is a multi-valued field of its owner: which interests an offering serves, which traits an assessment ticks…</summary>
    private sealed record Link(Type Owner, string OwnerKey, string Linked, string Field);

    private static readonly Dictionary<Type, Link> _links = new()
    {
        [typeof(OfferingServes)] = new(typeof(Offering), nameof(OfferingServes.OfferingId), nameof(OfferingServes.InterestId), "servesInterestIds"),
        [typeof(Core.Running.InteractionInterest)] = new(typeof(Core.Running.Interaction), nameof(Core.Running.InteractionInterest.InteractionId), nameof(Core.Running.InteractionInterest.InterestId), "reinforcedInterestIds"),
        [typeof(Core.Running.ProposalInterest)] = new(typeof(Core.Running.Proposal), nameof(Core.Running.ProposalInterest.ProposalId), nameof(Core.Running.ProposalInterest.InterestId), "interestIds"),
        [typeof(Core.Running.ProposalOffering)] = new(typeof(Core.Running.Proposal), nameof(Core.Running.ProposalOffering.ProposalId), nameof(Core.Running.ProposalOffering.OfferingId), "offeringIds"),
        [typeof(Core.Typology.ObservedTrait)] = new(typeof(Core.Typology.Assessment), nameof(Core.Typology.ObservedTrait.AssessmentId), nameof(Core.Typology.ObservedTrait.TraitId), "traitIds"),
    };

    private static Change LinkChange(AliadoDbContext db, List<EntityEntry> entries, EntityEntry entry, Link link, Guid workspaceId, DateTime now)
    {
        var ownerId = (Guid)entry.Property(link.OwnerKey).CurrentValue!;
        var linkedId = Format(entry.Property(link.Linked).CurrentValue);
        var owner = entries.FirstOrDefault(e => e.Metadata.ClrType == link.Owner && Equals(e.Property("Id").CurrentValue, ownerId));
        var (personId, relationshipId) = owner is null ? (null, null) : Owners(owner);
        return new Change
        {
            WorkspaceId = workspaceId,
            At = now,
            ById = db.ActorId,
            Kind = RecordModel.KindOf(link.Owner),
            RecordId = ownerId,
            Version = owner is null ? 0 : (long)owner.Property(RecordModel.Version).CurrentValue!,
            PersonId = personId,
            RelationshipId = relationshipId,
            Field = link.Field,
            Before = entry.State == EntityState.Deleted ? linkedId : null,
            After = entry.State == EntityState.Added ? linkedId : null,
        };
    }

    /// <summary>The line of a record written in bulk by an import (<see cref="BulkInsert"/>), as a save would have recorded it.</summary>
    public static Change ImportedLine(AliadoDbContext db, IWorkspaceOwned record, Guid recordId, string origin, DateTime now) => new()
    {
        WorkspaceId = record.WorkspaceId,
        At = now,
        ById = db.ActorId,
        Kind = RecordModel.KindOf(record.GetType()),
        RecordId = recordId,
        Version = 0,
        PersonId = record is Person ? recordId : null,
        Field = Imported,
        After = origin,
    };

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
