using System.Linq.Expressions;
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
        await InterestsAsync(db, relationshipId, cancellationToken),
        await OfferingsAsync(db, relationshipId, cancellationToken),
        await CoincidencesAsync(db, relationshipId, cancellationToken),
        await PolicyAsync(db, cancellationToken));

    /// <summary>The relationship (as stored and as listed) with its case file, in three statements; null when not found.</summary>
    public static async Task<(Relationship Relationship, RelationshipDto Listed, CaseFile File)?> WithRelationshipAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        // Interests filtered by the id itself too, so the joined subquery reads this relationship's interests only.
        Expression<Func<Relationship, List<Interest>>> interests = r => db.Interests.Where(i => i.RelationshipId == r.Id && i.RelationshipId == relationshipId)
            .OrderByDescending(i => i.Importance).ThenBy(i => i.CreatedAt).ToList();
        var r = Expression.Parameter(typeof(Relationship), "r");
        var found = await db.Relationships.AsNoTracking().Where(r => r.Id == relationshipId)
            .Select(Expression.Lambda<Func<Relationship, Found>>(
                Expression.New(typeof(Found).GetConstructors()[0], r, Platform.ParameterSwap.Apply(RelationshipDto.WithNextSteps(db), r), Platform.ParameterSwap.Apply(interests, r)), r))
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : (found.Relationship, found.Listed, new CaseFile(
                found.Interests,
                await OfferingsAsync(db, relationshipId, cancellationToken),
                await CoincidencesAsync(db, relationshipId, cancellationToken),
                await PolicyAsync(db, cancellationToken)));
    }

    private sealed record Found(Relationship Relationship, RelationshipDto Listed, List<Interest> Interests);

    public static async Task<List<Interest>> InterestsAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken) =>
        await db.Interests.AsNoTracking().Where(i => i.RelationshipId == relationshipId)
            .OrderByDescending(i => i.Importance).ThenBy(i => i.CreatedAt).ToListAsync(cancellationToken);

    public static async Task<List<Offering>> OfferingsAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken) =>
        await db.Offerings.AsNoTracking().Include(o => o.Serves).Where(o => o.RelationshipId == relationshipId)
            .OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);

    public static async Task<List<Coincidence>> CoincidencesAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken) =>
        await db.Coincidences.AsNoTracking().Where(c => c.RelationshipId == relationshipId)
            .OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The current workspace's thresholds.</summary>
    public static Task<VerdictPolicy> PolicyAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        RelationshipUpkeep.PolicyAsync(db, cancellationToken);

    /// <summary>Recomputes the stored verdict of every relationship in the workspace (after its thresholds change).</summary>
    public static async Task RecomputeAllAsync(AliadoDbContext db, VerdictPolicy policy, CancellationToken cancellationToken) =>
        await RelationshipUpkeep.RecordVerdictsAsync(db, await db.Relationships.ToListAsync(cancellationToken), policy, cancellationToken);
}
