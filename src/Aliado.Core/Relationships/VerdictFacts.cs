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
            [.. offerings.Select(o => new OfferingFact(o.Id, o.ClientBuys, o.Willingness, [.. o.Serves.Select(s => s.InterestId)], o.PerceivedValue))],
            [.. coincidences.Select(c => new CoincidenceFact(c.ProviderInterestId, c.ClientInterestId, c.Strength))]);
    }
}

public sealed record InterestFact(Guid Id, int Importance);

public sealed record OfferingFact(Guid Id, ClientBuys ClientBuys, Willingness Willingness, IReadOnlyList<Guid> Serves, PerceivedValue PerceivedValue = PerceivedValue.Medium)
{
    /// <summary>Willing, or willing with conditions: something I would actually give.</summary>
    public bool IsGiven => Willingness != Willingness.Unwilling;

    /// <summary>It reaches the client: they buy it, or at least see some value in it.</summary>
    public bool Lands => !(ClientBuys == ClientBuys.No && PerceivedValue == PerceivedValue.None);

    /// <summary>Something I would give that the client would take: only these serve in the verdict.</summary>
    public bool Counts => IsGiven && Lands;
}

public sealed record CoincidenceFact(Guid ProviderInterestId, Guid ClientInterestId, CoincidenceStrength Strength);

/// <summary>The thresholds of the verdict, so a workspace can tune them.</summary>
public sealed record VerdictPolicy(double MinimumCoincidenceShare = 0.25, int WantedImportance = 4)
{
    public static readonly VerdictPolicy Default = new();
}
