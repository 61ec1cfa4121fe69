using Aliado.Core;
using Aliado.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name);
        builder.Property(o => o.SearchName).HasMaxLength(Limits.Name);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.WorkspaceId, o.SearchName });
    }
}
