using Aliado.Core;
using Aliado.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class TieConfiguration : IEntityTypeConfiguration<Tie>
{
    public void Configure(EntityTypeBuilder<Tie> builder)
    {
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Attitude).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Notes).HasMaxLength(Limits.LongText);
        // Deleting either person removes the tie: a circle never points at someone who is gone.
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.OtherPerson).WithMany().HasForeignKey(t => t.OtherPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PersonId, t.OtherPersonId, t.Kind }).IsUnique().HasFilter("\"TrashId\" IS NULL");
        builder.ToTable(t => t.HasCheckConstraint("CK_Ties_NotSelf", "\"PersonId\" <> \"OtherPersonId\""));
        builder.ToTable(t => t.HasCheckConstraint("CK_Ties_Power", "\"Power\" BETWEEN 1 AND 5"));
        builder.ToTable(t => t.HasCheckConstraint("CK_Ties_Interest", "\"Interest\" BETWEEN 1 AND 5"));
    }
}
