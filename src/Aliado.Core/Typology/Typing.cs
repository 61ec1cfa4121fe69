namespace Aliado.Core.Typology;

/// <summary>A type as the ranking sees it: its traits, and what is retired.</summary>
public sealed record TypeProfile(Guid TypeId, bool IsTarget, bool Retired, int Position, IReadOnlyList<TraitRef> Traits)
{
    public static TypeProfile Of(ClientType type) =>
        new(type.Id, type.IsTarget, type.Retired, type.Position, [.. type.Traits.Select(t => new TraitRef(t.Id, t.Retired))]);

    public IEnumerable<Guid> ActiveTraitIds => Traits.Where(t => !t.Retired).Select(t => t.Id);
}

public sealed record TraitRef(Guid Id, bool Retired);

/// <summary>How much of a type's active traits were observed.</summary>
public sealed record TypeShare(Guid ClientTypeId, double Share, int Observed, int Of);

/// <summary>
/// Which types a person looks like, from the traits observed: each active type's share of its active
/// traits that were observed, highest first. Retired types and traits never count. Progress toward the
/// target is the target type's share; the development plan is its traits not yet observed.
/// </summary>
public static class Typing
{
    public static IReadOnlyList<TypeShare> Rank(IEnumerable<TypeProfile> catalogue, IEnumerable<Guid> observed)
    {
        var seen = observed.ToHashSet();
        return [.. catalogue
            .Where(t => !t.Retired && t.ActiveTraitIds.Any())
            .Select(t => (Type: t, Share: ShareOf(t, seen)))
            .OrderByDescending(x => x.Share.Share).ThenBy(x => x.Type.Position).ThenBy(x => x.Type.TypeId)
            .Select(x => x.Share)];
    }

    /// <summary>The share of the target's traits observed; 0 when there is no active target type.</summary>
    public static double Progress(IEnumerable<TypeProfile> catalogue, IEnumerable<Guid> observed)
    {
        var target = catalogue.FirstOrDefault(t => t.IsTarget && !t.Retired);
        return target is null || !target.ActiveTraitIds.Any() ? 0 : ShareOf(target, observed.ToHashSet()).Share;
    }

    /// <summary>The target's active traits not observed yet, in catalogue order.</summary>
    public static IReadOnlyList<Guid> Plan(IEnumerable<TypeProfile> catalogue, IEnumerable<Guid> observed)
    {
        var seen = observed.ToHashSet();
        var target = catalogue.FirstOrDefault(t => t.IsTarget && !t.Retired);
        return target is null ? [] : [.. target.ActiveTraitIds.Where(id => !seen.Contains(id))];
    }

    /// <summary>
    /// The types a person is honestly closest to: not the target, at least two of their traits seen and at
    /// least half of them, and no further from the person than the target is (a type read from one trait
    /// while most of the target's traits show would mislead). Best first, at most <paramref name="take"/>.
    /// </summary>
    public static IReadOnlyList<TypeShare> Closest(IEnumerable<TypeProfile> catalogue, IEnumerable<Guid> observed, int take = 2)
    {
        var profiles = catalogue.ToList();
        var seen = observed.ToList();
        var progress = Progress(profiles, seen);
        var targets = profiles.Where(t => t.IsTarget).Select(t => t.TypeId).ToHashSet();
        return [.. Rank(profiles, seen)
            .Where(s => !targets.Contains(s.ClientTypeId) && s.Observed >= MinimumObserved && s.Share >= 0.5 && s.Share >= progress)
            .Take(take)];
    }

    /// <summary>Fewer traits than this say nothing about a type.</summary>
    public const int MinimumObserved = 2;

    private static TypeShare ShareOf(TypeProfile type, HashSet<Guid> seen)
    {
        var active = type.ActiveTraitIds.ToList();
        var observed = active.Count(seen.Contains);
        return new TypeShare(type.TypeId, active.Count == 0 ? 0 : observed / (double)active.Count, observed, active.Count);
    }
}
