using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Workspaces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data;

/// <summary>
/// The model, shared by both databases. Provider subclasses exist only so each keeps its own migrations.
/// Every <see cref="IWorkspaceOwned"/> entity gets a query filter on the current workspace, and saving
/// refuses rows of any other workspace.
/// </summary>
public abstract class AliadoDbContext(DbContextOptions options, WorkspaceScope scope)
    : IdentityDbContext<AliadoUser>(options), IDataProtectionKeyContext
{
    public Guid? CurrentWorkspaceId => scope.WorkspaceId;

    /// <summary>The current workspace's health thresholds (the defaults until the request resolved them).</summary>
    public Aliado.Core.Running.HealthPolicy HealthPolicy => scope.HealthPolicy;

    /// <summary>The current workspace's verdict thresholds when the request already read them with its workspace.</summary>
    public Aliado.Core.Relationships.VerdictPolicy? KnownVerdictPolicy => scope.VerdictPolicy;

    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Tie> Ties => Set<Tie>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<Interest> Interests => Set<Interest>();

    public DbSet<Offering> Offerings => Set<Offering>();

    public DbSet<OfferingServes> OfferingServes => Set<OfferingServes>();

    public DbSet<Coincidence> Coincidences => Set<Coincidence>();

    public DbSet<StandingInterest> StandingInterests => Set<StandingInterest>();

    public DbSet<Aliado.Core.Running.InteractionInterest> InteractionInterests => Set<Aliado.Core.Running.InteractionInterest>();

    public DbSet<Aliado.Core.Running.Interaction> Interactions => Set<Aliado.Core.Running.Interaction>();

    public DbSet<Aliado.Core.Running.Pulse> Pulses => Set<Aliado.Core.Running.Pulse>();

    public DbSet<Aliado.Core.Running.Proposal> Proposals => Set<Aliado.Core.Running.Proposal>();

    public DbSet<Aliado.Core.Typology.ClientType> ClientTypes => Set<Aliado.Core.Typology.ClientType>();

    public DbSet<Aliado.Core.Typology.Trait> Traits => Set<Aliado.Core.Typology.Trait>();

    public DbSet<Aliado.Core.Typology.Assessment> Assessments => Set<Aliado.Core.Typology.Assessment>();

    public DbSet<Aliado.Core.Typology.Lesson> Lessons => Set<Aliado.Core.Typology.Lesson>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Keeping.TrashEntry> TrashEntries => Set<Keeping.TrashEntry>();

    public DbSet<Keeping.Change> Changes => Set<Keeping.Change>();

    public DbSet<Keeping.SecurityEvent> SecurityEvents => Set<Keeping.SecurityEvent>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    public DbSet<Data.People.PersonEmailKey> PersonEmailKeys => Set<Data.People.PersonEmailKey>();

    public DbSet<Keeping.IdempotentRequest> IdempotentRequests => Set<Keeping.IdempotentRequest>();

    public DbSet<Keeping.JobLease> JobLeases => Set<Keeping.JobLease>();

    public DbSet<AccessEpoch> AccessEpochs => Set<AccessEpoch>();

    /// <summary>Who acts in this unit of work (null for a link or the command line).</summary>
    public string? ActorId => scope.ActorId;

    internal WorkspaceScope Scope => scope;

    /// <summary>Until disposed, records created here are recorded in their history as imported from <paramref name="origin"/>.</summary>
    public IDisposable Importing(string origin) => scope.Importing(origin);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AliadoDbContext).Assembly);

        Keeping.RecordModel.Apply(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardWorkspace();
        Data.People.EmailKeys.Sync(this);
        Keeping.HistoryRecorder.Record(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = _upkeepDeferred ? Data.Relationships.RelationshipUpkeep.Touched.Nothing : await Data.Relationships.RelationshipUpkeep.FindAsync(this, cancellationToken);
        if (touched.IsEmpty)
        {
            return await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // A relationship's stored verdict and summary change with its children, in the same transaction.
        await using var unit = await Keeping.UnitOfWork.BeginAsync(this, cancellationToken);
        var saved = await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
        await Data.Relationships.RelationshipUpkeep.RefreshAsync(this, touched, cancellationToken);
        await SaveCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return saved;
    }

    private bool _upkeepDeferred;

    /// <summary>
    /// For a bulk write that works every verdict and summary out itself at its end (a workspace import):
    /// until the handle is disposed, saves skip the per-relationship upkeep.
    /// </summary>
    public IDisposable DeferRelationshipUpkeep()
    {
        _upkeepDeferred = true;
        return new UpkeepResumes(this);
    }

    private sealed class UpkeepResumes(AliadoDbContext db) : IDisposable
    {
        public void Dispose() => db._upkeepDeferred = false;
    }

    private async Task<int> SaveCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        GuardWorkspace();
        Data.People.EmailKeys.Sync(this);
        Keeping.HistoryRecorder.Record(this);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException concurrency) when (scope.Expected is { } expected
            && concurrency.Entries.FirstOrDefault(e => e.Metadata.FindProperty("Id") is not null && Equals(e.Property("Id").CurrentValue, expected.RecordId)) is { } entry)
        {
            // Someone saved between our read and our write: the caller's version is stale, not the data broken.
            var saved = await entry.GetDatabaseValuesAsync(cancellationToken);
            throw new StaleVersionException(expected.RecordId, saved?[Keeping.RecordModel.Version] as long? ?? -1);
        }
    }

    private void GuardWorkspace()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IWorkspaceOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            if (CurrentWorkspaceId is not { } current || entry.Entity.WorkspaceId != current)
            {
                throw new InvalidOperationException(
                    $"Refusing to save a {entry.Metadata.ClrType.Name} outside the current workspace.");
            }
        }
    }
}
