using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.Culture).HasMaxLength(10);
        builder.HasIndex(c => c.Hash).IsUnique();
        builder.HasIndex(c => new { c.RelationshipId, c.CreatedAt });
        builder.HasOne<Aliado.Core.Relationships.Relationship>().WithMany().HasForeignKey(c => c.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AliadoUser>().WithMany().HasForeignKey(c => c.CreatedByUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Aliado.Core.Running.Pulse>().WithMany().HasForeignKey(c => c.PulseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.Hash).HasMaxLength(64);
        builder.HasIndex(f => f.Hash).IsUnique();
        builder.HasIndex(f => new { f.WorkspaceId, f.UserId }).IsUnique();
        builder.HasOne<AliadoUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
