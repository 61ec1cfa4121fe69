namespace Aliado.Core.Relationships;

/// <summary>What the verdict rules look at, stripped of everything else: ids, weights, links.</summary>
public sealed record VerdictFacts(
    IReadOnlyList<InterestFact> ClientInterests,
    IReadOnlyList<InterestFact> ProviderInterests,
    IReadOnlyList<OfferingFact> Offerings,
    IReadOnlyList<CoincidenceFact> Coincidences)
{
    public static VerdictFacts From(IEnumerable<Interest> interests, IEnumerable<Offering> offerings, IEnumerable<Coincidence> coincidences)
    {
        var all = interests.ToList();
        return new VerdictFacts(
            [.. all.Where(i => i.Holder == InterestHolder.Client).Select(i => new InterestFact(i.Id, i.Importance))],
            [.. all.Where(i => i.Holder == InterestHolder.Provider).Select(i => new InterestFact(i.Id, i.Importance))],
            [.. offerings.Select(o => new OfferingFact(o.Id, o.ClientBuys, o.Willingness, [.. o.Serves.Select(s => s.InterestId)]))],
            [.. coincidences.Select(c => new CoincidenceFact(c.ProviderInterestId, c.ClientInterestId, c.Strength))]);
    }
}

public sealed record InterestFact(Guid Id, int Importance);

public sealed record OfferingFact(Guid Id, ClientBuys ClientBuys, Willingness Willingness, IReadOnlyList<Guid> Serves)
{
    /// <summary>Willing, or willing with conditions: something I would actually give.</summary>
    public bool IsGiven => Willingness != Willingness.Unwilling;
}

public sealed record CoincidenceFact(Guid ProviderInterestId, Guid ClientInterestId, CoincidenceStrength Strength);

/// <summary>The thresholds of the verdict, so a workspace can tune them.</summary>
public sealed record VerdictPolicy(double MinimumCoincidenceShare = 0.25, int WantedImportance = 4)
{
    public static readonly VerdictPolicy Default = new();
}
