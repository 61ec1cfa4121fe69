namespace Aliado.Core.Relationships;

/// <summary>
/// Steps 3–4 computed: how far the client's interests meet mine (weighted by importance), how far mine
/// meet theirs, where they clash, which client interests what I am willing to give (and the client would
/// take) serves, and which of mine find no match.
/// </summary>
public sealed record Alignment(
    double CoincidenceShare,
    double ConflictShare,
    double ProviderShare,
    IReadOnlyList<ClientInterestAlignment> ClientInterests,
    IReadOnlyList<ProviderInterestAlignment> ProviderInterests)
{
    public IEnumerable<Guid> ServedByGivenIds => ClientInterests.Where(c => c.ServedByGiven.Count > 0).Select(c => c.InterestId);

    public IEnumerable<Guid> NotServedIds => ClientInterests.Where(c => c.ServedByAny.Count == 0).Select(c => c.InterestId);

    /// <summary>My interests that meet none of the client's (no link, or only clashes).</summary>
    public IReadOnlyList<Guid> UnmatchedProviderInterestIds => [.. ProviderInterests.Where(p => p.Credit == 0).Select(p => p.InterestId)];

    public static Alignment Of(VerdictFacts facts)
    {
        var clientRows = facts.ClientInterests.Select(interest =>
        {
            var links = facts.Coincidences.Where(c => c.ClientInterestId == interest.Id).ToList();
            return new ClientInterestAlignment(
                interest.Id,
                interest.Importance,
                Best(links),
                links.Any(l => l.Strength == CoincidenceStrength.Conflict),
                [.. facts.Offerings.Where(o => o.Counts && o.Serves.Contains(interest.Id)).Select(o => o.Id)],
                [.. facts.Offerings.Where(o => o.Serves.Contains(interest.Id)).Select(o => o.Id)]);
        }).ToList();
        var providerRows = facts.ProviderInterests.Select(interest =>
        {
            var links = facts.Coincidences.Where(c => c.ProviderInterestId == interest.Id).ToList();
            return new ProviderInterestAlignment(interest.Id, interest.Importance, Best(links), links.Any(l => l.Strength == CoincidenceStrength.Conflict));
        }).ToList();

        return new Alignment(
            Share(clientRows, r => r.Importance, r => r.Credit),
            Share(clientRows, r => r.Importance, r => r.HasConflict ? 1 : 0),
            Share(providerRows, r => r.Importance, r => r.Credit),
            clientRows,
            providerRows);
    }

    private static CoincidenceStrength? Best(List<CoincidenceFact> links) => links.Count == 0 ? null : links.MinBy(l => l.Strength)!.Strength;

    /// <summary>Importance-weighted share of the rows, each weighing 0–1.</summary>
    private static double Share<T>(IReadOnlyList<T> rows, Func<T, int> importance, Func<T, double> weight)
    {
        var total = rows.Sum(importance);
        return total == 0 ? 0 : Math.Clamp(rows.Sum(r => importance(r) * weight(r)) / total, 0, 1);
    }

    /// <summary>The best link counts: full 1, partial ½, conflict or none 0.</summary>
    internal static double CreditOf(CoincidenceStrength? best) => best switch
    {
        CoincidenceStrength.Full => 1,
        CoincidenceStrength.Partial => 0.5,
        _ => 0,
    };
}

/// <summary>One client interest against what I want and what I offer.</summary>
public sealed record ClientInterestAlignment(
    Guid InterestId,
    int Importance,
    CoincidenceStrength? BestLink,
    bool HasConflict,
    IReadOnlyList<Guid> ServedByGiven,
    IReadOnlyList<Guid> ServedByAny)
{
    public double Credit => Alignment.CreditOf(BestLink);
}

/// <summary>One of my interests against the client's: what I get.</summary>
public sealed record ProviderInterestAlignment(Guid InterestId, int Importance, CoincidenceStrength? BestLink, bool HasConflict)
{
    public double Credit => Alignment.CreditOf(BestLink);
}
