using System.Linq.Expressions;
using Aliado.Core.Relationships;

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
    DateTime CreatedAt)
{
    /// <summary>One SQL query for a page of relationships, names and the override mark included.</summary>
    public static readonly Expression<Func<Relationship, RelationshipDto>> FromRelationship = r => new RelationshipDto(
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
        r.CreatedAt);
}
