using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Data.Keeping;
using Aliado.Data.Relationships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Authority).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32).IsUnversioned();
        builder.Property(r => r.CoincidenceShare).IsDerived();
        builder.Property(r => r.ConflictShare).IsDerived();
        builder.Property(r => r.ProviderShare).IsDerived();
        builder.Property(r => r.LastTouchAt).IsDerived();
        builder.Property(r => r.DueAt).IsDerived();
        builder.Property(r => r.OverdueAt).IsDerived();
        builder.Property(r => r.LatestPulseAt).IsDerived();
        builder.Property(r => r.LatestOnTheirSide).IsDerived();
        builder.Property(r => r.LatestGettingWhatTheyBuy).IsDerived();
        builder.Property(r => r.DeclinesAbsorbed).IsDerived();
        builder.Property(r => r.DeclineStreak).IsDerived();
        builder.Property(r => r.VoiceGap).IsDerived();
        builder.Property(r => r.DecisionMade).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecisionOutcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DecisionReason).HasMaxLength(Limits.LongText);
        builder.Ignore(r => r.Decision);
        builder.Ignore(r => r.DecisionState);
        builder.Ignore(r => r.ProceedingWithoutAlignment);
        builder.Ignore(r => r.LatestPulse);
        // A relationship goes with either of its people.
        builder.HasOne(r => r.Provider).WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Client).WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Arena).WithMany().HasForeignKey(r => r.ArenaId).OnDelete(DeleteBehavior.SetNull);
        // The client's name to list by, kept by triggers (see ClientSortName); the app only reads it.
        builder.Property<string?>(ClientSortName.Column).HasMaxLength(Limits.Name).IsDerived();
        builder.Property<Guid?>(RecordModel.TrashId);
        builder.HasIndex(nameof(Relationship.WorkspaceId), ClientSortName.Column, nameof(Relationship.Id), RecordModel.TrashId).HasDatabaseName("IX_Relationships_ByClient").HasFilter("\"TrashId\" IS NULL");
        builder.HasIndex(r => new { r.WorkspaceId, r.Outcome });
        // The dashboard's agenda and the portfolio's filters and sorts read these columns.
        builder.HasIndex(r => new { r.WorkspaceId, r.DueAt });
        builder.HasIndex(r => new { r.WorkspaceId, r.OverdueAt });
        builder.HasIndex(r => new { r.WorkspaceId, r.LastTouchAt });
        builder.HasIndex(r => new { r.WorkspaceId, r.LatestPulseAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_Relationships_TwoPeople", "\"ProviderId\" <> \"ClientId\""));
        builder.ToTable(t => t.HasCheckConstraint("CK_Relationships_Cadence", "\"CadenceDays\" BETWEEN 1 AND 365"));
    }
}

internal sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> builder)
    {
        builder.Property(i => i.Holder).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Description).HasMaxLength(Interest.DescriptionLength);
        builder.Property(i => i.Evidence).HasMaxLength(Limits.LongText);
        builder.Ignore(i => i.NeedsStudy);
        builder.HasOne<Relationship>().WithMany().HasForeignKey(i => i.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Interests_Importance", "\"Importance\" BETWEEN 1 AND 5"));
        builder.ToTable(t => t.HasCheckConstraint("CK_Interests_Confidence", "\"Confidence\" BETWEEN 1 AND 5"));
    }
}

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> builder)
    {
        builder.Property(o => o.Description).HasMaxLength(Interest.DescriptionLength);
        builder.Property(o => o.ClientBuys).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.PerceivedValue).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Willingness).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Relationship>().WithMany().HasForeignKey(o => o.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Serves).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferingServesConfiguration : IEntityTypeConfiguration<OfferingServes>
{
    public void Configure(EntityTypeBuilder<OfferingServes> builder)
    {
        builder.HasKey(s => new { s.OfferingId, s.InterestId });
        builder.HasOne<Interest>().WithMany().HasForeignKey(s => s.InterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.InterestId);
    }
}

internal sealed class CoincidenceConfiguration : IEntityTypeConfiguration<Coincidence>
{
    public void Configure(EntityTypeBuilder<Coincidence> builder)
    {
        builder.Property(c => c.Strength).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Relationship>().WithMany().HasForeignKey(c => c.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interest>().WithMany().HasForeignKey(c => c.ProviderInterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interest>().WithMany().HasForeignKey(c => c.ClientInterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProviderInterestId, c.ClientInterestId }).IsUnique().HasFilter("\"TrashId\" IS NULL");
        builder.HasIndex(c => c.RelationshipId);
    }
}

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.Interaction>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.Interaction> builder)
    {
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Summary).HasMaxLength(Limits.LongText);
        builder.Property(i => i.NextSteps).HasMaxLength(Limits.LongText);
        builder.HasOne<Relationship>().WithMany().HasForeignKey(i => i.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        // The last touch of each relationship is read from here for every list.
        builder.HasIndex(i => new { i.RelationshipId, i.OccurredAt });
        builder.HasMany(i => i.Reinforced).WithOne().HasForeignKey(r => r.InteractionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InteractionInterestConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.InteractionInterest>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.InteractionInterest> builder)
    {
        builder.HasKey(r => new { r.InteractionId, r.InterestId });
        builder.HasOne<Interest>().WithMany().HasForeignKey(r => r.InterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.InterestId);
    }
}

internal sealed class StandingInterestConfiguration : IEntityTypeConfiguration<Aliado.Core.Relationships.StandingInterest>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Relationships.StandingInterest> builder)
    {
        builder.Property(s => s.Description).HasMaxLength(Interest.DescriptionLength);
        builder.HasIndex(s => new { s.WorkspaceId, s.CreatedAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_StandingInterests_Importance", "\"Importance\" BETWEEN 1 AND 5"));
    }
}

internal sealed class PulseConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.Pulse>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.Pulse> builder)
    {
        builder.Property(p => p.Evidence).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(p => p.Trust);
        builder.Ignore(p => p.Reading);
        builder.HasOne<Relationship>().WithMany().HasForeignKey(p => p.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RelationshipId, p.TakenAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_Pulses_Scales", "\"OnTheirSide\" BETWEEN 1 AND 5 AND \"GettingWhatTheyBuy\" BETWEEN 1 AND 5"));
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.Proposal>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.Proposal> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.ShortText);
        builder.Property(p => p.Pitch).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Behind).HasMaxLength(Limits.LongText);
        // The answer guards itself: an update writes only if the answer is still the one read, so of
        // several answers sent at once exactly one is kept and the others are refused.
        builder.Property(p => p.Answer).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(p => p.Reaction).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Reading).HasConversion<string>().HasMaxLength(32).IsDerived();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(p => p.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Interests).WithOne().HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Offerings).WithOne().HasForeignKey(o => o.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RelationshipId, p.ProposedAt });
        // The dashboard's "awaiting an answer" and "follow-ups" lists.
        builder.HasIndex(p => new { p.WorkspaceId, p.Answer, p.ProposedAt });
        // The oldest awaiting an answer, in order, whatever else the workspace holds. The filter is written as
        // the dashboard's query writes it, so SQLite sees that the query's conditions imply it.
        builder.HasIndex(p => new { p.WorkspaceId, p.ProposedAt, p.Id }).HasDatabaseName("IX_Proposals_Awaiting")
            .HasFilter("\"Answer\" IN ('Pending', 'NoAnswer') AND \"TrashId\" IS NULL");
        builder.HasIndex(p => new { p.WorkspaceId, p.FollowUpOn });
    }
}

internal sealed class ProposalInterestConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.ProposalInterest>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.ProposalInterest> builder)
    {
        builder.HasKey(l => new { l.ProposalId, l.InterestId });
        builder.HasOne<Interest>().WithMany().HasForeignKey(l => l.InterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.InterestId);
    }
}

internal sealed class ProposalOfferingConfiguration : IEntityTypeConfiguration<Aliado.Core.Running.ProposalOffering>
{
    public void Configure(EntityTypeBuilder<Aliado.Core.Running.ProposalOffering> builder)
    {
        builder.HasKey(l => new { l.ProposalId, l.OfferingId });
        // Deleting an offering must not delete the history of what was proposed; only the link goes.
        builder.HasOne<Offering>().WithMany().HasForeignKey(l => l.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.OfferingId);
    }
}
