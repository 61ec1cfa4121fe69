using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Relationships;

/// <summary>
/// A relationship stores what its children add up to — the verdict of steps 3–5 and the running summary
/// (last touch, latest pulse, declines) — so that lists never work them out again. Every save that adds,
/// changes or deletes one of those children (an interest, an offering or what it serves, a coincidence,
/// a conversation, a pulse, a proposal) brings them up to date in the same transaction, whoever saves:
/// a form, the API, an import; the trash, which works set-based, says which relationship it touched
/// (<see cref="Holding"/>). No use case has to remember to.
/// </summary>
public static class RelationshipUpkeep
{
    /// <summary>The relationships whose verdict, and whose running summary, the pending changes touch.</summary>
    public sealed record Touched(IReadOnlySet<Guid> Verdicts, IReadOnlySet<Guid> Summaries)
    {
        public static readonly Touched Nothing = new(new HashSet<Guid>(), new HashSet<Guid>());

        public bool IsEmpty => Verdicts.Count == 0 && Summaries.Count == 0;
    }

    public static async Task<Touched> FindAsync(AliadoDbContext db, CancellationToken cancellationToken)
    {
        var verdicts = new HashSet<Guid>();
        var summaries = new HashSet<Guid>();
        var servingOfferings = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Interest interest:
                    verdicts.Add(interest.RelationshipId);
                    break;
                case Offering offering:
                    verdicts.Add(offering.RelationshipId);
                    break;
                case Coincidence coincidence:
                    verdicts.Add(coincidence.RelationshipId);
                    break;
                case OfferingServes serves:
                    servingOfferings.Add(serves.OfferingId);
                    break;
                case Interaction interaction:
                    summaries.Add(interaction.RelationshipId);
                    break;
                case Pulse pulse:
                    summaries.Add(pulse.RelationshipId);
                    break;
                case Proposal proposal:
                    summaries.Add(proposal.RelationshipId);
                    break;
            }
        }
        foreach (var id in servingOfferings)
        {
            var relationshipId = db.Offerings.Local.FirstOrDefault(o => o.Id == id)?.RelationshipId
                ?? await db.Offerings.Where(o => o.Id == id).Select(o => (Guid?)o.RelationshipId).FirstOrDefaultAsync(cancellationToken);
            if (relationshipId is { } found)
            {
                verdicts.Add(found);
            }
        }
        return verdicts.Count == 0 && summaries.Count == 0 ? Touched.Nothing : new Touched(verdicts, summaries);
    }

    /// <summary>
    /// The relationship a record moved to or out of the trash belongs to, when it is one of its children:
    /// the trash works set-based, out of the change tracker's sight, so it says so itself.
    /// </summary>
    public static Touched Holding(object record)
    {
        Guid? id = record switch
        {
            Interest interest => interest.RelationshipId,
            Offering offering => offering.RelationshipId,
            Coincidence coincidence => coincidence.RelationshipId,
            Interaction interaction => interaction.RelationshipId,
            Pulse pulse => pulse.RelationshipId,
            Proposal proposal => proposal.RelationshipId,
            _ => null,
        };
        return id is { } held ? new Touched(new HashSet<Guid> { held }, new HashSet<Guid> { held }) : Touched.Nothing;
    }

    /// <summary>Works out, from what is saved, the verdict and summary of the touched relationships (those still there).</summary>
    public static async Task RefreshAsync(AliadoDbContext db, Touched touched, CancellationToken cancellationToken)
    {
        var ids = touched.Verdicts.Union(touched.Summaries).ToList();
        var relationships = await db.Relationships.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var judged = relationships.Where(r => touched.Verdicts.Contains(r.Id)).ToList();
        if (judged.Count > 0)
        {
            await RecordVerdictsAsync(db, judged, await PolicyAsync(db, cancellationToken), cancellationToken);
        }
        foreach (var relationship in relationships.Where(r => touched.Summaries.Contains(r.Id)))
        {
            relationship.Refresh(await RunningFactsAsync(db, relationship.Id, cancellationToken));
        }
    }

    /// <summary>Records the verdict of each relationship under <paramref name="policy"/>, reading their entries in three statements.</summary>
    public static async Task RecordVerdictsAsync(AliadoDbContext db, IReadOnlyList<Relationship> relationships, VerdictPolicy policy, CancellationToken cancellationToken)
    {
        var ids = relationships.Select(r => r.Id).ToList();
        var interests = (await db.Interests.AsNoTracking().Where(i => ids.Contains(i.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(i => i.RelationshipId);
        var offerings = (await db.Offerings.AsNoTracking().Include(o => o.Serves).Where(o => ids.Contains(o.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(o => o.RelationshipId);
        var coincidences = (await db.Coincidences.AsNoTracking().Where(c => ids.Contains(c.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(c => c.RelationshipId);
        foreach (var relationship in relationships)
        {
            relationship.Record(Verdict.Of(VerdictFacts.From(interests[relationship.Id], offerings[relationship.Id], coincidences[relationship.Id]), policy));
        }
        AliadoMetrics.VerdictRecomputations.Add(relationships.Count);
    }

    /// <summary>The current workspace's thresholds: as the request read them with its workspace, else from the database.</summary>
    public static async Task<VerdictPolicy> PolicyAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        db.KnownVerdictPolicy ?? await db.Workspaces.AsNoTracking().Where(w => w.Id == db.CurrentWorkspaceId)
            .Select(w => new VerdictPolicy(w.MinimumCoincidenceShare, w.WantedImportance))
            .FirstOrDefaultAsync(cancellationToken) ?? VerdictPolicy.Default;

    public static async Task<RunningFacts> RunningFactsAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        var lastInteraction = await db.Interactions.Where(i => i.RelationshipId == relationshipId).MaxAsync(i => (DateTime?)i.OccurredAt, cancellationToken);
        var lastProposal = await db.Proposals.Where(p => p.RelationshipId == relationshipId).MaxAsync(p => (DateTime?)p.ProposedAt, cancellationToken);
        var mine = await LatestPulseAsync(db, relationshipId, PulseSource.Me, cancellationToken);
        var theirs = await LatestPulseAsync(db, relationshipId, PulseSource.Client, cancellationToken);
        var pulse = new[] { mine, theirs }.Where(p => p is not null).MaxBy(p => p!.TakenAt);
        var answers = await db.Proposals.Where(p => p.RelationshipId == relationshipId && p.AnsweredAt != null)
            .Select(p => new { p.Answer, AnsweredAt = p.AnsweredAt!.Value }).ToListAsync(cancellationToken);
        var (absorbed, streak) = Tolerance.Absorbed(answers.Select(a => (a.Answer, a.AnsweredAt)));
        return new RunningFacts(lastInteraction, lastProposal, pulse, absorbed, streak, Pulse.GapBetween(mine, theirs));
    }

    private static Task<PulseReading?> LatestPulseAsync(AliadoDbContext db, Guid relationshipId, PulseSource source, CancellationToken cancellationToken) =>
        db.Pulses.Where(p => p.RelationshipId == relationshipId && p.Source == source).OrderByDescending(p => p.TakenAt).ThenByDescending(p => p.Id)
            .Select(p => new PulseReading(p.OnTheirSide, p.GettingWhatTheyBuy, p.TakenAt)).FirstOrDefaultAsync(cancellationToken);
}
