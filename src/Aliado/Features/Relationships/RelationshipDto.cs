using System.Linq.Expressions;
using Aliado.Core.Relationships;
using Aliado.Core.Running;

namespace Aliado.Features.Relationships;

public sealed record RelationshipDto(
    Guid Id,
    Guid ProviderId,
    string ProviderName,
    bool ProviderIsMe,
    Guid ClientId,
    string ClientName,
    bool ClientIsMe,
    Guid? ArenaOrganizationId,
    string? Arena,
    RelationshipKind Kind,
    int CadenceDays,
    VerdictOutcome Outcome,
    double CoincidenceShare,
    double ConflictShare,
    DecisionState DecisionState,
    bool ProceedingWithoutAlignment,
    DateTime CreatedAt,
    DateTime LastTouchAt)
{
    /// <summary>Step 6's constancy, from the last touch and the cadence, at the time of the request.</summary>
    public CadenceStatus CadenceStatus { get; init; }

    public RelationshipDto At(DateTime now) => this with { CadenceStatus = Constancy.StatusOf(LastTouchAt, CadenceDays, now) };

    /// <summary>One SQL query for a page of relationships: names, the override mark and the last touch included.</summary>
    public static Expression<Func<Relationship, RelationshipDto>> From(IQueryable<Interaction> interactions) => r => new RelationshipDto(
        r.Id,
        r.ProviderId,
        r.Provider!.Name,
        r.Provider.IsMe,
        r.ClientId,
        r.Client!.Name,
        r.Client.IsMe,
        r.ArenaId,
        r.Arena != null ? r.Arena.Name : null,
        r.Kind,
        r.CadenceDays,
        r.Outcome,
        r.CoincidenceShare,
        r.ConflictShare,
        r.DecisionOutcome == r.Outcome ? r.DecisionMade : DecisionState.Pending,
        r.DecisionOutcome == r.Outcome && r.DecisionMade == DecisionState.Overridden && r.Outcome != VerdictOutcome.Proceed,
        r.CreatedAt,
        interactions.Where(i => i.RelationshipId == r.Id).Max(i => (DateTime?)i.OccurredAt) ?? r.CreatedAt);
}
