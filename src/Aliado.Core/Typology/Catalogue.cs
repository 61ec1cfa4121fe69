namespace Aliado.Core.Typology;

/// <summary>A type of the default catalogue: its key, whether it is the target, and how many traits it has.</summary>
public sealed record CatalogueType(string Key, bool IsTarget, int TraitCount)
{
    public IEnumerable<string> TraitKeys => Enumerable.Range(1, TraitCount).Select(n => $"{Key}.{n}");
}

/// <summary>
/// The default typology every workspace starts with: twelve kinds of client one meets, and the target,
/// the imperfect questioner. Only the structure lives here; the texts are product copy in both languages,
/// looked up by key (type.{key}.name, trait.{key}.{n}, trait.{key}.{n}.action for target traits).
/// </summary>
public static class Catalogue
{
    public const string TargetKey = "imperfect-questioner";

    public static readonly IReadOnlyList<CatalogueType> Types =
    [
        new("know-it-all", false, 4),
        new("talker", false, 4),
        new("undecided", false, 4),
        new("distrustful", false, 4),
        new("impatient", false, 4),
        new("aggressive", false, 4),
        new("impulsive", false, 4),
        new("shy", false, 4),
        new("haggler", false, 4),
        new("complainer", false, 4),
        new("indifferent", false, 4),
        new("friendly-loyal", false, 4),
        new(TargetKey, true, 6),
    ];

    public static CatalogueType? Find(string key) => Types.FirstOrDefault(t => t.Key == key);
}
