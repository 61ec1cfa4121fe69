using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Relationships;
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
    public static Task<VerdictPolicy> PolicyAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        RelationshipUpkeep.PolicyAsync(db, cancellationToken);

    /// <summary>Recomputes the stored verdict of every relationship in the workspace (after its thresholds change).</summary>
    public static async Task RecomputeAllAsync(AliadoDbContext db, VerdictPolicy policy, CancellationToken cancellationToken) =>
        await RelationshipUpkeep.RecordVerdictsAsync(db, await db.Relationships.ToListAsync(cancellationToken), policy, cancellationToken);
}
