using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>
/// Keeps each relationship's running summary (last touch, latest pulse, declines) in step with its
/// interactions, proposals and pulses. Writes are rare and lists are read all day, so the summary is
/// worked out when something is recorded, not on every list.
/// </summary>
public static class RunningSummary
{
    /// <summary>Saves pending changes and the summary they lead to, in one transaction.</summary>
    public static async Task SaveAndRefreshAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshAsync(db, relationshipId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Works the summary out from what is saved and saves it; the caller holds the transaction.</summary>
    public static async Task RefreshAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.FirstAsync(r => r.Id == relationshipId, cancellationToken);
        relationship.Refresh(await FactsAsync(db, relationshipId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<RunningFacts> FactsAsync(AliadoDbContext db, Guid relationshipId, CancellationToken cancellationToken)
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
