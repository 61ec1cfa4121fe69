using System.Linq.Expressions;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Microsoft.EntityFrameworkCore;

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
    double ProviderShare,
    DecisionState DecisionState,
    bool ProceedingWithoutAlignment,
    DateTime CreatedAt,
    DateTime LastTouchAt,
    DateTime DueAt,
    DateTime? LatestPulseAt,
    int? LatestOnTheirSide,
    int? LatestGettingWhatTheyBuy,
    int DeclinesAbsorbed,
    int DeclineStreak,
    int? VoiceGap,
    Authority Authority)
{
    /// <summary>Step 5 gates step 6: proposals only on a proceed verdict or a knowing override.</summary>
    public bool AllowsProposals => Gate.AllowsProposals(Outcome, DecisionState);

    /// <summary>An accepted "no deal" or "don't provide": off every agenda, health "not served".</summary>
    public bool DecidedExit => Gate.IsDecidedExit(Outcome, DecisionState);

    /// <summary>Step 6's constancy, from the last touch and the cadence, at the time of the request.</summary>
    public CadenceStatus CadenceStatus { get; init; }

    /// <summary>The next steps agreed in the latest conversation that recorded any.</summary>
    public string? NextSteps { get; init; }

    /// <summary>Step 8's health at the time of the request.</summary>
    public HealthStatus Health { get; init; }

    /// <summary>The reasons behind <see cref="Health"/>, each with the status it alone would give.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<HealthReason> HealthDetail { get; init; } = [];

    /// <summary>The stable codes of the reasons behind <see cref="Health"/>; <c>…/health</c> gives their texts.</summary>
    public IReadOnlyList<string> HealthReasons => [.. HealthDetail.Select(r => r.Code)];

    /// <summary>The word pages show for <see cref="Health"/> (see <see cref="HealthReport.Label"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string HealthLabel => HealthReport.Label(Health, HealthReasons);

    [System.Text.Json.Serialization.JsonIgnore]
    public PulseReading? LatestPulse => LatestPulseAt is { } at && LatestOnTheirSide is { } side && LatestGettingWhatTheyBuy is { } buy ? new(side, buy, at) : null;

    public RelationshipDto At(DateTime now, HealthPolicy? policy = null)
    {
        var cadence = Constancy.StatusOf(LastTouchAt, CadenceDays, now);
        var (health, reasons) = Core.Running.Health.Of(LatestPulse, cadence, DeclineStreak, ProceedingWithoutAlignment, now, policy, DecidedExit, VoiceGap);
        return this with { CadenceStatus = cadence, Health = health, HealthDetail = reasons };
    }

    /// <summary>One SQL query for a page of relationships: names, the override mark and the running summary included.</summary>
    public static readonly Expression<Func<Relationship, RelationshipDto>> From = r => new RelationshipDto(
        r.Id,
        r.ProviderId,
        r.Provider!.Name,
        r.Provider.IsMe,
        r.ClientId,
        r.Client!.Name,
        r.Client.IsMe,
        r.Arena != null ? r.ArenaId : null,
        r.Arena != null ? r.Arena.Name : null,
        r.Kind,
        r.CadenceDays,
        r.Outcome,
        r.CoincidenceShare,
        r.ConflictShare,
        r.ProviderShare,
        r.DecisionOutcome == r.Outcome ? r.DecisionMade : DecisionState.Pending,
        r.DecisionOutcome == r.Outcome && r.DecisionMade == DecisionState.Overridden && r.Outcome != VerdictOutcome.Proceed,
        r.CreatedAt,
        r.LastTouchAt,
        r.DueAt,
        r.LatestPulseAt,
        r.LatestOnTheirSide,
        r.LatestGettingWhatTheyBuy,
        r.DeclinesAbsorbed,
        r.DeclineStreak,
        r.VoiceGap,
        r.Authority);

    /// <summary>
    /// <see cref="From"/> with <see cref="NextSteps"/> read in the same statement: those of the latest
    /// conversation that recorded any (off the relationship's conversations index).
    /// </summary>
    public static Expression<Func<Relationship, RelationshipDto>> WithNextSteps(Data.AliadoDbContext db)
    {
        Expression<Func<Relationship, string?>> nextSteps = r => db.Interactions
            .Where(i => i.RelationshipId == r.Id && i.NextSteps != null)
            .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Select(i => i.NextSteps).FirstOrDefault();
        var r = Expression.Parameter(typeof(Relationship), "r");
        var body = Expression.MemberInit(
            (NewExpression)Platform.ParameterSwap.Apply(From, r),
            Expression.Bind(typeof(RelationshipDto).GetProperty(nameof(NextSteps))!, Platform.ParameterSwap.Apply(nextSteps, r)));
        return Expression.Lambda<Func<Relationship, RelationshipDto>>(body, r);
    }
}

public static class NextStepsLookup
{
    /// <summary>Fills <see cref="RelationshipDto.NextSteps"/> for a page of relationships with one query.</summary>
    public static async Task<List<RelationshipDto>> WithNextStepsAsync(this Data.AliadoDbContext db, IEnumerable<RelationshipDto> relationships, CancellationToken cancellationToken)
    {
        var list = relationships.ToList();
        var ids = list.Select(r => r.Id).ToList();
        var latest = await db.Interactions
            .Where(i => ids.Contains(i.RelationshipId) && i.NextSteps != null)
            .Where(i => !db.Interactions.Any(j => j.RelationshipId == i.RelationshipId && j.NextSteps != null && j.OccurredAt > i.OccurredAt))
            .Select(i => new { i.RelationshipId, i.NextSteps })
            .ToListAsync(cancellationToken);
        var byRelationship = latest.GroupBy(l => l.RelationshipId).ToDictionary(g => g.Key, g => g.First().NextSteps);
        return [.. list.Select(r => r with { NextSteps = byRelationship.GetValueOrDefault(r.Id) })];
    }
}
