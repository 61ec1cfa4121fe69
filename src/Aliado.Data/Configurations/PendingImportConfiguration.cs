using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(64);
        builder.Property(p => p.FileName).HasMaxLength(260);
        // Housekeeping removes what nobody confirmed within the hour.
        builder.HasIndex(p => p.CreatedAt);
    }
}
