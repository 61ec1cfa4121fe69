using System.Linq.Expressions;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Interactions;
using Aliado.Features.Proposals;
using Aliado.Features.Pulses;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// Everything the relationship page shows, read in at most seven statements whatever the history's length
/// (a query-count test holds it): the relationship with its latest pulses, the case's interests with their
/// links, its offerings, the latest conversations, the latest proposals and declines, and the client's reading.
/// Each step's section takes what it needs from here; "all" pages list the rest.
/// </summary>
public sealed record RelationshipPage(
    RelationshipDto Relationship,
    CaseFile Case,
    VerdictDto Verdict,
    AlignmentDto Alignment,
    HealthDto Health,
    IReadOnlyList<InteractionDto> Conversations,
    int ConversationCount,
    IReadOnlyList<ProposalDto> Proposals,
    int ProposalCount,
    IReadOnlyList<ProposalDto> Declines,
    IReadOnlyList<PulseDto> Pulses,
    int PulseCount,
    IReadOnlyList<Interest> Unproposed,
    int StandingCount,
    Typology.ClientReadingDto? Reading)
{
    /// <summary>How many conversations, proposals and declines the page lists before its "all" link.</summary>
    public const int Latest = 5;

    /// <summary>How many conversations and pulses the trend charts draw.</summary>
    public const int Charted = 24;

    public string DescriptionOf(Guid interestId) => Case.Interests.FirstOrDefault(i => i.Id == interestId)?.Description ?? "?";

    public string OfferingOf(Guid offeringId) => Case.Offerings.FirstOrDefault(o => o.Id == offeringId)?.Description ?? "?";

    private sealed record Head(RelationshipDto Relationship, Extras Extras);

    private sealed record Extras(
        Decision Decision,
        double MinimumCoincidenceShare,
        int WantedImportance,
        string? NextSteps,
        int Conversations,
        int Proposals,
        int Pulses,
        int Standing,
        Guid? AssessmentId,
        List<Pulse> LatestPulses);

    private static Expression<Func<Relationship, Extras>> ExtrasOf(AliadoDbContext db, Guid id) => r => new Extras(
        new Decision(r.DecisionMade, r.DecisionOutcome, r.DecisionReason, r.DecidedAt),
        db.Workspaces.Where(w => w.Id == r.WorkspaceId).Select(w => w.MinimumCoincidenceShare).FirstOrDefault(),
        db.Workspaces.Where(w => w.Id == r.WorkspaceId).Select(w => w.WantedImportance).FirstOrDefault(),
        db.Interactions.Where(i => i.RelationshipId == r.Id && i.NextSteps != null).OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Select(i => i.NextSteps).FirstOrDefault(),
        db.Interactions.Count(i => i.RelationshipId == r.Id),
        db.Proposals.Count(p => p.RelationshipId == r.Id),
        db.Pulses.Count(p => p.RelationshipId == r.Id),
        db.StandingInterests.Count(),
        db.Assessments.Where(a => a.PersonId == r.ClientId).OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefault(),
        // Also filtered by the id itself: the latest pulses are then numbered within this relationship only,
        // off its index, instead of across every pulse in the workspace before the join picks this one's.
        db.Pulses.Where(p => p.RelationshipId == r.Id && p.RelationshipId == id).OrderByDescending(p => p.TakenAt).ThenBy(p => p.Id).Take(Charted).ToList());

    /// <summary>The relationship's row, its running summary and its latest pulses in one statement.</summary>
    private static Expression<Func<Relationship, Head>> HeadOf(AliadoDbContext db, Guid id)
    {
        var r = Expression.Parameter(typeof(Relationship), "r");
        var dto = ParameterSwap.Apply(RelationshipDto.From, r);
        var extras = ParameterSwap.Apply(ExtrasOf(db, id), r);
        return Expression.Lambda<Func<Relationship, Head>>(Expression.New(typeof(Head).GetConstructors()[0], dto, extras), r);
    }

    public static async Task<RelationshipPage?> LoadAsync(AliadoDbContext db, TimeProvider clock, IStringLocalizer localizer, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Relationships.AsNoTracking().Where(r => r.Id == id).Select(HeadOf(db, id)).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var head = found.Extras;
        var now = clock.GetUtcNow().UtcDateTime;
        var relationship = found.Relationship.At(now, db.HealthPolicy) with { NextSteps = head.NextSteps };

        var interests = await db.Interests.AsNoTracking().Where(i => i.RelationshipId == id)
            .OrderByDescending(i => i.Importance).ThenBy(i => i.CreatedAt)
            .Select(i => new { Interest = i, Proposed = db.Set<ProposalInterest>().Any(p => p.InterestId == i.Id), Links = db.Coincidences.Where(c => c.ClientInterestId == i.Id).ToList() })
            .ToListAsync(cancellationToken);
        var offerings = await db.Offerings.AsNoTracking().Include(o => o.Serves).Where(o => o.RelationshipId == id)
            .OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var conversations = await db.Interactions.AsNoTracking().Include(i => i.Reinforced).Where(i => i.RelationshipId == id)
            .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id).Take(Charted).ToListAsync(cancellationToken);
        var latestProposals = db.Proposals.Where(p => p.RelationshipId == id).OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id).Take(Latest).Select(p => p.Id);
        var latestDeclines = db.Proposals.Where(p => p.RelationshipId == id && p.Answer == Answer.Declined).OrderByDescending(p => p.AnsweredAt).ThenBy(p => p.Id).Take(Latest).Select(p => p.Id);
        var proposals = (await db.Proposals.AsNoTracking().Include(p => p.Interests).Include(p => p.Offerings).AsSingleQuery()
            .Where(p => latestProposals.Contains(p.Id) || latestDeclines.Contains(p.Id))
            .ToListAsync(cancellationToken)).Select(ProposalDto.From).ToList();
        var reading = head.AssessmentId is { } assessment
            ? await Typology.ClientReading.OfAssessmentAsync(db, localizer, assessment, cancellationToken)
            : null;

        var file = new CaseFile(
            [.. interests.Select(i => i.Interest)],
            offerings,
            [.. interests.SelectMany(i => i.Links).OrderBy(c => c.CreatedAt)],
            new VerdictPolicy(head.MinimumCoincidenceShare, head.WantedImportance));
        var proposed = interests.Where(i => i.Proposed).Select(i => i.Interest.Id).ToHashSet();
        var latest = proposals.OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id).Take(Latest).ToList();
        var declines = proposals.Where(p => p.Answer == Answer.Declined).OrderByDescending(p => p.AnsweredAt).ThenBy(p => p.Id).Take(Latest).ToList();
        return new RelationshipPage(
            relationship,
            file,
            Verdicts.Describe(head.Decision, file, localizer),
            Verdicts.Align(file),
            HealthReport.Describe(relationship, now, localizer),
            [.. conversations.Select(InteractionDto.From)],
            head.Conversations,
            latest,
            head.Proposals,
            declines,
            [.. head.LatestPulses.Select(PulseDto.From)],
            head.Pulses,
            [.. file.ClientInterests.Where(i => i.Importance >= file.Policy.WantedImportance && !proposed.Contains(i.Id))],
            head.Standing,
            reading);
    }
}
