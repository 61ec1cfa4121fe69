using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>Everything recorded for one relationship's steps 3–5, read in three queries.</summary>
public sealed record CaseFile(IReadOnlyList<Interest> Interests, IReadOnlyList<Offering> Offerings, IReadOnlyList<Coincidence> Coincidences, VerdictPolicy Policy)
{
    public static readonly CaseFile Empty = new([], [], [], VerdictPolicy.Default);

    public VerdictFacts Facts => VerdictFacts.From(Interests, Offerings, Coincidences);

    public Verdict Verdict => Verdict.Of(Facts, Policy);

    public Alignment Alignment => Alignment.Of(Facts);

    public IEnumerable<Interest> ClientInterests => Interests.Where(i => i.Holder == InterestHolder.Client);

    public IEnumerable<Interest> ProviderInterests => Interests.Where(i => i.Holder == InterestHolder.Provider);

    public static async Task<CaseFile> LoadAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken) => new(
        await db.Interests.AsNoTracking().Where(i => i.RelationshipId == relationshipId)
            .OrderByDescending(i => i.Importance).ThenBy(i => i.CreatedAt).ToListAsync(cancellationToken),
        await db.Offerings.AsNoTracking().Include(o => o.Serves).Where(o => o.RelationshipId == relationshipId)
            .OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken),
        await db.Coincidences.AsNoTracking().Where(c => c.RelationshipId == relationshipId)
            .OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken),
        await PolicyAsync(db, cancellationToken));

    /// <summary>The current workspace's thresholds.</summary>
    public static async Task<VerdictPolicy> PolicyAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        await db.Workspaces.AsNoTracking().Where(w => w.Id == db.CurrentWorkspaceId)
            .Select(w => new VerdictPolicy(w.MinimumCoincidenceShare, w.WantedImportance))
            .FirstOrDefaultAsync(cancellationToken) ?? VerdictPolicy.Default;

    /// <summary>
    /// Recomputes the stored verdict of every relationship in the workspace (after its thresholds
    /// change), reading all entries in four queries rather than four per relationship.
    /// </summary>
    public static async Task RecomputeAllAsync(AliadoDbContext db, VerdictPolicy policy, CancellationToken cancellationToken)
    {
        var relationships = await db.Relationships.ToListAsync(cancellationToken);
        var interests = (await db.Interests.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(i => i.RelationshipId);
        var offerings = (await db.Offerings.AsNoTracking().Include(o => o.Serves).ToListAsync(cancellationToken)).ToLookup(o => o.RelationshipId);
        var coincidences = (await db.Coincidences.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.RelationshipId);
        foreach (var relationship in relationships)
        {
            relationship.Record(Verdict.Of(VerdictFacts.From(interests[relationship.Id], offerings[relationship.Id], coincidences[relationship.Id]), policy));
        }
    }

    /// <summary>
    /// Saves pending changes and the verdict they lead to, together: lists show the stored outcome, so it
    /// must never lag behind what was recorded.
    /// </summary>
    public static async Task SaveAndRecomputeAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var relationship = await db.Relationships.FirstAsync(r => r.Id == relationshipId, cancellationToken);
        relationship.Record((await LoadAsync(db, relationshipId, cancellationToken)).Verdict);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
