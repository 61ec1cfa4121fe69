using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Typology;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Briefs;

public sealed record BriefInterest(string Description, int Importance, int Confidence, Visibility Visibility, InterestScope Scope, bool NeedsStudy);

public sealed record BriefTie(string Name, TieKind Kind, Attitude Attitude, int Power);

public sealed record BriefDecline(string Title, DateTime AnsweredAt, Reading? Reading, string? Behind, DateOnly? FollowUpOn);

/// <summary>
/// One page to read before meeting the client: who they are and who surrounds them, what they want and
/// how sure we are, where we clash, what I will not give, the verdict and my decision, the last agreed
/// next steps, the no's still open, how to work with them, and what to ask next.
/// </summary>
public sealed record BriefDto(
    RelationshipDto Relationship,
    string? ClientPosition,
    string? ClientOrganization,
    IReadOnlyList<BriefTie> Circle,
    IReadOnlyList<BriefInterest> TopInterests,
    IReadOnlyList<(string Mine, string Theirs)> Clashes,
    IReadOnlyList<string> Withheld,
    VerdictDto Verdict,
    (DateTime At, string Steps)? LastNextSteps,
    IReadOnlyList<BriefDecline> OpenDeclines,
    ClientReadingDto? Reading,
    IReadOnlyList<string> Questions);

public static class Brief
{
    public const int TopInterestCount = 5;
    public const int CircleCount = 5;
    public const int QuestionCount = 3;

    /// <summary>Clashes and withheld offerings shown, so the brief stays one page.</summary>
    public const int ListCount = 5;

    public static async Task<BriefDto?> ReadAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, IStringLocalizer localizer, Guid relationshipId, CancellationToken cancellationToken)
    {
        if (await CaseFile.WithRelationshipAsync(db, relationshipId, cancellationToken) is not var (entity, listed, file))
        {
            return null;
        }
        var relationship = listed.At(clock.GetUtcNow().UtcDateTime, db.HealthPolicy);
        var clientId = relationship.ClientId;
        // The client, their circle and the latest next steps in one statement (each subquery also filtered by its id).
        var client = await db.People.AsNoTracking().Where(p => p.Id == clientId)
            .Select(p => new
            {
                p.Position,
                Organization = p.Organization != null ? p.Organization.Name : null,
                Circle = db.Ties.Where(t => t.PersonId == p.Id && t.PersonId == clientId)
                    .OrderByDescending(t => t.Power).ThenBy(t => t.OtherPerson!.SearchName).Take(CircleCount)
                    .Select(t => new BriefTie(t.OtherPerson!.Name, t.Kind, t.Attitude, t.Power)).ToList(),
                NextStepsAt = db.Interactions.Where(i => i.RelationshipId == relationshipId && i.NextSteps != null)
                    .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Select(i => (DateTime?)i.OccurredAt).FirstOrDefault(),
                NextSteps = db.Interactions.Where(i => i.RelationshipId == relationshipId && i.NextSteps != null)
                    .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Select(i => i.NextSteps).FirstOrDefault(),
            })
            .FirstAsync(cancellationToken);
        var circle = client.Circle;
        var describe = file.Interests.ToDictionary(i => i.Id, i => i.Description);
        var top = file.ClientInterests.OrderByDescending(i => i.Importance).ThenByDescending(i => i.Confidence).Take(TopInterestCount)
            .Select(i => new BriefInterest(i.Description, i.Importance, i.Confidence, i.Visibility, i.Scope, i.NeedsStudy)).ToList();
        var declines = await RunningFilters.OpenFollowUps(db.Proposals.AsNoTracking().Where(p => p.RelationshipId == relationshipId), db.Relationships)
            .OrderByDescending(f => f.Proposal.AnsweredAt).Take(3)
            .Select(f => new BriefDecline(f.Proposal.Title, f.Proposal.AnsweredAt!.Value, f.Proposal.Reading, f.Proposal.Behind, f.Proposal.FollowUpOn))
            .ToListAsync(cancellationToken);
        return new BriefDto(
            relationship,
            client.Position,
            client.Organization,
            circle,
            top,
            [.. file.Coincidences.Where(c => c.Strength == CoincidenceStrength.Conflict).Take(ListCount).Select(c => (describe[c.ProviderInterestId], describe[c.ClientInterestId]))],
            [.. file.Offerings.Where(o => o.Willingness == Willingness.Unwilling).Take(ListCount).Select(o => o.Description)],
            Verdicts.Describe(entity, file, localizer),
            client.NextStepsAt is { } at && client.NextSteps is { } steps ? (at, steps) : null,
            declines,
            await ClientReading.ReadAsync(db, workspace, localizer, relationship.ClientId, cancellationToken),
            [.. file.ClientInterests.Where(i => i.NeedsStudy).OrderByDescending(i => i.Importance).Take(QuestionCount)
                .Select(i => localizer[i.Scope == InterestScope.Personal ? "brief.question.personal" : "brief.question.organizational", i.Description].Value)]);
    }
}
