using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Typology;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class ClientTypeConfiguration : IEntityTypeConfiguration<ClientType>
{
    public void Configure(EntityTypeBuilder<ClientType> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(ClientType.KeyLength);
        builder.Property(t => t.Name).HasMaxLength(Limits.ShortText);
        builder.Property(t => t.Description).HasMaxLength(Limits.LongText);
        builder.Property(t => t.Guidance).HasMaxLength(Limits.LongText);
        builder.Ignore(t => t.ActiveTraits);
        builder.HasIndex(t => new { t.WorkspaceId, t.Key }).IsUnique();
        builder.HasMany(t => t.Traits).WithOne().HasForeignKey(t => t.ClientTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TraitConfiguration : IEntityTypeConfiguration<Trait>
{
    public void Configure(EntityTypeBuilder<Trait> builder)
    {
        // Ids are made in the core; a new trait added to a loaded type must be inserted, not taken for an existing row.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(ClientType.KeyLength + 8);
        builder.Property(t => t.Text).HasMaxLength(Trait.TextLength);
        builder.Property(t => t.SuggestedAction).HasMaxLength(Trait.TextLength);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Notes).HasMaxLength(Limits.LongText);
        builder.HasOne<Core.People.Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Traits).WithOne().HasForeignKey(o => o.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PersonId, a.AssessedAt });
    }
}

internal sealed class ObservedTraitConfiguration : IEntityTypeConfiguration<ObservedTrait>
{
    public void Configure(EntityTypeBuilder<ObservedTrait> builder)
    {
        builder.HasKey(o => new { o.AssessmentId, o.TraitId });
        // Traits are retired, never deleted, so a past assessment never loses a tick; a whole workspace still goes at once.
        builder.HasOne<Trait>().WithMany().HasForeignKey(o => o.TraitId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(o => o.TraitId);
    }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.WhatHappened).HasMaxLength(Limits.LongText);
        builder.Property(l => l.WhatWeLearned).HasMaxLength(Limits.LongText);
        builder.Property(l => l.Action).HasMaxLength(Limits.LongText);
        builder.Property(l => l.SearchText).HasMaxLength(3 * Limits.LongText + 2).IsDerived();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(l => l.RelationshipId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.WorkspaceId, l.LearnedAt });
        builder.HasIndex(l => new { l.WorkspaceId, l.Role });
        builder.HasIndex(l => l.RelationshipId);
    }
}
