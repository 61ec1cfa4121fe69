using Aliado.Core;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aliado.Data.Configurations;

internal sealed class TrashEntryConfiguration : IEntityTypeConfiguration<TrashEntry>
{
    public void Configure(EntityTypeBuilder<TrashEntry> builder)
    {
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(Limits.ShortText);
        builder.Property(t => t.DeletedById).HasMaxLength(64);
        // The trash page lists newest first; the purge looks for the oldest across workspaces.
        builder.HasIndex(t => new { t.WorkspaceId, t.DeletedAt });
        builder.HasIndex(t => t.DeletedAt);
    }
}

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> builder)
    {
        builder.Property(c => c.Kind).HasMaxLength(32);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.Property(c => c.ById).HasMaxLength(64);
        // A person's and a relationship's history pages, newest first; a stale form reads one record's changes since a version.
        builder.HasIndex(c => new { c.WorkspaceId, c.PersonId, c.At });
        builder.HasIndex(c => new { c.WorkspaceId, c.RelationshipId, c.At });
        builder.HasIndex(c => new { c.RecordId, c.Version });
    }
}

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.Subject).HasMaxLength(Limits.Email);
        builder.Property(e => e.ById).HasMaxLength(64);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.HasIndex(e => new { e.WorkspaceId, e.At });
    }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.Property(r => r.Owner).HasMaxLength(64);
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.KeyLength);
        builder.Property(r => r.Path).HasMaxLength(400);
        builder.Property(r => r.ContentType).HasMaxLength(128);
        builder.Property(r => r.Location).HasMaxLength(400);
        // The database decides which of two simultaneous first requests runs.
        builder.HasIndex(r => new { r.Owner, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(200);
        // One row per job from the start, free: taking a lease is then always an update, never an insert race.
        builder.HasData(JobLease.Jobs.Select(job => new JobLease { Name = job, Holder = string.Empty, Until = DateTime.UnixEpoch }));
    }
}
