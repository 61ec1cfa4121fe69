using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => new { t.WorkspaceId, t.UserId });
        builder.HasOne<AliadoUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.IsActive);
    }
}

internal sealed class AliadoUserConfiguration : IEntityTypeConfiguration<AliadoUser>
{
    public void Configure(EntityTypeBuilder<AliadoUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Aliado.Core.Limits.Name);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.Property(u => u.TimeZone).HasMaxLength(64);
        builder.Property(u => u.ReminderFrequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.ReminderDay).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(u => u.NextReminderAt);
        builder.Ignore(u => u.ReminderSchedule);
    }
}

internal sealed class AccessEpochConfiguration : IEntityTypeConfiguration<AccessEpoch>
{
    public void Configure(EntityTypeBuilder<AccessEpoch> builder)
    {
        builder.ToTable("AccessEpoch");
        builder.Property(e => e.Id).ValueGeneratedNever();
        // The row exists from the start; triggers only ever update it.
        builder.HasData(new AccessEpoch { Id = AccessEpoch.RowId, Value = 0 });
    }
}
