namespace Aliado.Core.Relationships;

/// <summary>
/// Steps 3–4 computed: how far the client's interests meet mine (weighted by importance), where they
/// clash, which client interests what I am willing to give serves, and which of mine find no match.
/// </summary>
public sealed record Alignment(
    double CoincidenceShare,
    double ConflictShare,
    IReadOnlyList<ClientInterestAlignment> ClientInterests,
    IReadOnlyList<Guid> UnmatchedProviderInterestIds)
{
    public IEnumerable<Guid> ServedByGivenIds => ClientInterests.Where(c => c.ServedByGiven.Count > 0).Select(c => c.InterestId);

    public IEnumerable<Guid> NotServedIds => ClientInterests.Where(c => c.ServedByAny.Count == 0).Select(c => c.InterestId);

    public static Alignment Of(VerdictFacts facts)
    {
        var total = facts.ClientInterests.Sum(i => i.Importance);
        var rows = facts.ClientInterests.Select(interest =>
        {
            var links = facts.Coincidences.Where(c => c.ClientInterestId == interest.Id).ToList();
            CoincidenceStrength? best = links.Count == 0 ? null : links.MinBy(l => l.Strength)!.Strength;
            return new ClientInterestAlignment(
                interest.Id,
                interest.Importance,
                best,
                links.Any(l => l.Strength == CoincidenceStrength.Conflict),
                [.. facts.Offerings.Where(o => o.IsGiven && o.Serves.Contains(interest.Id)).Select(o => o.Id)],
                [.. facts.Offerings.Where(o => o.Serves.Contains(interest.Id)).Select(o => o.Id)]);
        }).ToList();

        double Share(Func<ClientInterestAlignment, double> weight) =>
            total == 0 ? 0 : Math.Clamp(rows.Sum(r => r.Importance * weight(r)) / total, 0, 1);

        var matched = facts.Coincidences.Where(c => c.Strength != CoincidenceStrength.Conflict).Select(c => c.ProviderInterestId).ToHashSet();
        return new Alignment(
            Share(r => r.Credit),
            Share(r => r.HasConflict ? 1 : 0),
            rows,
            [.. facts.ProviderInterests.Where(p => !matched.Contains(p.Id)).Select(p => p.Id)]);
    }
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
    /// <summary>The best link counts: full 1, partial ½, conflict or none 0.</summary>
    public double Credit => BestLink switch
    {
        CoincidenceStrength.Full => 1,
        CoincidenceStrength.Partial => 0.5,
        _ => 0,
    };
}
