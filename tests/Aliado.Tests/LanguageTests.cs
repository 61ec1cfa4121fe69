using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Aliado.Tests;

/// <summary>
/// The editorial rules of our English and Spanish, checked over every resource rendered with feminine,
/// masculine and plural sample data: agreement in number, gender-neutral Spanish where a person's
/// gender is unknown, one term per concept.
/// </summary>
public sealed partial class LanguageTests
{
    private static readonly Dictionary<string, string> _english = Load("SharedResource.resx");
    private static readonly Dictionary<string, string> _spanish = Load("SharedResource.es.resx");

    /// <summary>Sample values for a placeholder: a woman, a man, two people, one, two.</summary>
    private static readonly object[] _samples = ["Elena Paredes", "Ricardo Salas", "Elena y Ricardo", 1, 2];

    /// <summary>Texts whose count is never one, with the reason.</summary>
    private static readonly Dictionary<string, string> _neverOne = new()
    {
        ["client-reading.closest"] = "a closest type needs at least two of its traits seen",
        ["client-reading.closest-as-client"] = "a closest type needs at least two of its traits seen",
        ["standing-interests.too-many"] = "the count is the cap, 50",
        ["standing.too-many"] = "the count is the cap, 50",
        ["interactions.all"] = "shown only when there are more than the five the relationship page lists",
        ["proposals.all"] = "shown only when there are more than the five the relationship page lists",
        ["pulse.all"] = "shown only when there are more than the five the relationship page lists",
        ["people.count-more-than"] = "shown only past the cap on counting, 1,000",
    };

    public static TheoryData<string, string> Languages => new() { { "en", "en" }, { "es", "es" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_renders_with_feminine_masculine_and_plural_sample_data(string language, string _)
    {
        var texts = language == "es" ? _spanish : _english;
        foreach (var (key, text) in texts)
        {
            var slots = Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max() + 1;
            foreach (var sample in _samples)
            {
                var rendered = string.Format(CultureInfo.GetCultureInfo(language), text, [.. Enumerable.Repeat(sample, slots)]);
                Assert.False(string.IsNullOrWhiteSpace(rendered), key);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_count_of_one_never_meets_a_plural_noun(string language, string _)
    {
        var texts = language == "es" ? _spanish : _english;
        var offenders = texts
            .Where(t => !t.Key.EndsWith(".one", StringComparison.Ordinal) && !texts.ContainsKey($"{t.Key}.one") && !_neverOne.ContainsKey(t.Key))
            .Where(t => PluralAfterOne().IsMatch(Placeholder().Replace(t.Value, "1")))
            .Select(t => $"{t.Key}: {t.Value}").ToList();
        var singulars = texts.Where(t => t.Key.EndsWith(".one", StringComparison.Ordinal))
            .Where(t => PluralAfterOne().IsMatch(Placeholder().Replace(t.Value, "1")))
            .Select(t => $"{t.Key}: {t.Value}");

        Assert.True(offenders.Count == 0, "Give these a \".one\" form or compose them from counted phrases:\n" + string.Join("\n", offenders));
        Assert.Empty(singulars);
        Assert.All(texts.Keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal)), k => Assert.True(texts.ContainsKey(k[..^4]), $"{k} has no plural"));
    }

    [Fact]
    public void Spanish_does_not_assume_a_persons_gender()
    {
        var offenders = _spanish.Where(t => MasculineAboutAPerson().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}").ToList();

        Assert.True(offenders.Count == 0, "Use a neutral construction:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Spanish_keeps_one_term_per_concept_and_no_capitalised_article_mid_sentence()
    {
        // Offering is "oferta", cadence "cadencia", confidence (how sure we are) "certeza", channel "canal", and tú throughout.
        var offenders = _spanish.Where(t => OtherTerms().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}").ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.Equal("imperfecto cuestionador", Regex.Match(_spanish["type.imperfect-questioner.name"], "imperfecto cuestionador").Value);
    }

    [Fact]
    public void English_says_my_client_and_never_reads_a_type_from_one_trait()
    {
        var offenders = _english.Where(t => t.Value.Contains("client of me", StringComparison.OrdinalIgnoreCase) || Regex.IsMatch(t.Value, @"\{\d\} looks like"))
            .Select(t => t.Key).ToList();

        Assert.Empty(offenders);
    }

    private static Dictionary<string, string> Load(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Aliado.slnx")))
        {
            directory = directory.Parent;
        }
        return XDocument.Load(Path.Combine(directory!.FullName, "src", "Aliado", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b1 (people|persons|relationships|days|no's|pulses|traits|types|lessons|conversations|proposals|e-mails|users|interests|personas|relaciones|días|noes|pulsos|rasgos|tipos|lecciones|conversaciones|propuestas|correos|intereses)\b")]
    private static partial Regex PluralAfterOne();

    [GeneratedRegex(@"(?i:\b(él|bienvenido|dispuest[oa]|partidari[oa]|satisfech[oa]|segur[oa] de|estás segur[oa]|ayudarlo|interesad[oa] en ti)\b)|\b(de|del|hacia|al|a) El (imperfecto|cuestionador)")]
    private static partial Regex MasculineAboutAPerson();

    [GeneratedRegex(@"\b(ofrecimientos?|usted|su cuenta|frecuencia \(días\))\b|\bTu frecuencia\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTerms();
}
