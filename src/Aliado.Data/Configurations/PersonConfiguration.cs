using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.Name);
        builder.Property(p => p.SearchName).HasMaxLength(Limits.Name).IsDerived();
        builder.Property(p => p.Position).HasMaxLength(Limits.ShortText);
        builder.Property(p => p.SocialStyle).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.LeadershipStyle).HasMaxLength(Limits.ShortText);
        builder.Property(p => p.PerceivedByOwnTeam).HasMaxLength(Limits.LongText);
        builder.Property(p => p.PerceivedByOtherTeams).HasMaxLength(Limits.LongText);
        // The first of Emails and Phones, kept as columns for older clients and lists: the history shows the lists.
        builder.Property(p => p.Email).HasMaxLength(Limits.Email).IsDerived();
        builder.Property(p => p.Phone).HasMaxLength(Limits.Phone).IsDerived();
        builder.Property(p => p.Notes).HasMaxLength(Limits.Notes);
        builder.PrimitiveCollection(p => p.Roles);
        builder.Property(p => p.Emails).AsContactPoints();
        builder.Property(p => p.Phones).AsContactPoints();
        builder.Property(p => p.Links).AsContactPoints();
        builder.Property(p => p.Birthday).HasMaxLength(Birthday.Length);

        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => new { p.WorkspaceId, p.SearchName });
        // The people list's order (me first, then by name), read off the index page by page with no sort;
        // it holds only people out of the trash, and carries the trash column too so that SQLite counts and
        // skips entries without reading a row (it does not take a partial index's filter as covered).
        builder.Property<Guid?>(RecordModel.TrashId);
        builder.HasIndex(nameof(Person.WorkspaceId), nameof(Person.IsMe), nameof(Person.SearchName), nameof(Person.Id), RecordModel.TrashId).IsDescending(false, true, false, false, false)
            .HasFilter("\"TrashId\" IS NULL").HasDatabaseName("IX_People_List");
        // One "me" per workspace. The filter is plain SQL that both SQLite and PostgreSQL accept.
        builder.HasIndex(p => p.WorkspaceId).IsUnique().HasFilter("\"IsMe\" AND \"TrashId\" IS NULL").HasDatabaseName("IX_People_WorkspaceId_Me");
    }
}

internal sealed class PersonEmailKeyConfiguration : IEntityTypeConfiguration<People.PersonEmailKey>
{
    public void Configure(EntityTypeBuilder<People.PersonEmailKey> builder)
    {
        builder.HasKey(k => new { k.PersonId, k.Email });
        builder.Property(k => k.Email).HasMaxLength(Limits.Email);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        // Finding people by address: an import looks up each batch of e-mails at once.
        builder.HasIndex(k => new { k.WorkspaceId, k.Email });
    }
}

internal static class ContactPointColumns
{
    private static readonly System.Text.Json.JsonSerializerOptions _json = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>A list of e-mails, phones or links is one JSON text column: read and written whole, like the person it belongs to.</summary>
    public static PropertyBuilder<List<ContactPoint>> AsContactPoints(this PropertyBuilder<List<ContactPoint>> property) =>
        property
            .HasConversion(
                points => System.Text.Json.JsonSerializer.Serialize(points, _json),
                text => System.Text.Json.JsonSerializer.Deserialize<List<ContactPoint>>(text, _json) ?? new List<ContactPoint>(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<ContactPoint>>(
                    (a, b) => a!.SequenceEqual(b!),
                    points => points.Aggregate(0, (hash, point) => HashCode.Combine(hash, point.GetHashCode())),
                    points => points.ToList()))
            .HasDefaultValue(new List<ContactPoint>())
            .IsRequired();
}
