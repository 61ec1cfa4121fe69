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
        builder.Property(p => p.Email).HasMaxLength(Limits.Email);
        builder.Property(p => p.Phone).HasMaxLength(Limits.Phone);
        builder.Property(p => p.Notes).HasMaxLength(Limits.LongText);
        builder.PrimitiveCollection(p => p.Roles);

        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => new { p.WorkspaceId, p.SearchName });
        // One "me" per workspace. The filter is plain SQL that both SQLite and PostgreSQL accept.
        builder.HasIndex(p => p.WorkspaceId).IsUnique().HasFilter("\"IsMe\" AND \"TrashId\" IS NULL").HasDatabaseName("IX_People_WorkspaceId_Me");
    }
}
