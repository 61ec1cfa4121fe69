using System.Text.RegularExpressions;
using System.Xml.Linq;
using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Workspaces;

namespace Aliado.Tests;

/// <summary>Every text a user can see exists, and is not empty, in both English and Spanish.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string _root = FindRepositoryRoot();
    private static readonly Dictionary<string, string> _english = Load("SharedResource.resx");
    private static readonly Dictionary<string, string> _spanish = Load("SharedResource.es.resx");

    [Fact]
    public void English_and_Spanish_have_the_same_keys_and_no_empty_text()
    {
        Assert.Equal(_english.Keys.Order(), _spanish.Keys.Order());
        Assert.All(_english.Concat(_spanish), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        foreach (var (key, english) in _english)
        {
            Assert.True(
                Placeholders(english).SetEquals(Placeholders(_spanish[key])),
                $"{key}: '{english}' and '{_spanish[key]}' use different placeholders");
        }
    }

    [Fact]
    public void Every_key_written_in_the_source_exists()
    {
        var used = Directory.EnumerateFiles(Path.Combine(_root, "src", "Aliado"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        var missing = used.Where(k => !_english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"Missing texts: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_enum_value_and_error_code_has_a_label()
    {
        var expected = KebabCase.Names<SocialStyle>().Select(n => $"social-style.{n}")
            .Concat(KebabCase.Names<TieKind>().Select(n => $"tie-kind.{n}"))
            .Concat(KebabCase.Names<Attitude>().Select(n => $"attitude.{n}"))
            .Concat(KebabCase.Names<OrganizationKind>().Select(n => $"org-kind.{n}"))
            .Concat(KebabCase.Names<WorkspaceRole>().Select(n => $"role.{n}"))
            .Concat(KebabCase.Names<VerdictOutcome>().Select(n => $"outcome.{n}"))
            .Concat(KebabCase.Names<DecisionState>().Select(n => $"decision.{n}"))
            .Concat(KebabCase.Names<ClientBuys>().Select(n => $"buys.{n}"))
            .Concat(KebabCase.Names<PerceivedValue>().Select(n => $"value.{n}"))
            .Concat(KebabCase.Names<Willingness>().Select(n => $"willingness.{n}"))
            .Concat(KebabCase.Names<CoincidenceStrength>().Select(n => $"strength.{n}"))
            .Concat(KebabCase.Names<InterestScope>().Select(n => $"scope.{n}"))
            .Concat(KebabCase.Names<Visibility>().Select(n => $"visibility.{n}"))
            .Concat(KebabCase.Names<RelationshipKind>().Select(n => $"relationship-kind.{n}"))
            .Concat(KebabCase.Names<Core.Running.CadenceStatus>().Select(n => $"cadence.{n}"))
            .Concat(KebabCase.Names<Core.Running.Channel>().Select(n => $"channel.{n}"))
            .Concat(KebabCase.Names<Core.Typology.LessonRole>().Select(n => $"lesson-role.{n}"))
            .Concat(Core.Typology.Catalogue.Types.SelectMany(t => new[] { $"type.{t.Key}.name", $"type.{t.Key}.description", $"type.{t.Key}.guidance" }
                .Concat(t.TraitKeys.Select(k => $"trait.{k}"))
                .Concat(t.IsTarget ? t.TraitKeys.Select(k => $"trait.{k}.action") : [])))
            .Concat(KebabCase.Names<Features.Dashboard.PortfolioSort>().Select(n => $"sort.{n}"))
            .Concat(KebabCase.Names<Core.Running.Answer>().Select(n => $"answer.{n}"))
            .Concat(KebabCase.Names<Core.Running.Reaction>().Select(n => $"reaction.{n}"))
            .Concat(KebabCase.Names<Core.Running.Reading>().Select(n => $"reading.{n}"))
            .Concat(KebabCase.Names<Core.Running.HealthStatus>().Select(n => $"health.{n}"))
            .Concat(typeof(Core.Running.HealthCodes).GetFields().Select(f => $"health.reason.{f.GetValue(null)}"))
            .Concat(typeof(ReasonCodes).GetFields().Select(f => $"verdict.reason.{f.GetValue(null)}"))
            .Concat(typeof(ErrorCodes).GetFields().Select(f => $"error.{f.GetValue(null)}"))
            .Concat(["error.wrong-type", "error.password-confirmation"]);

        var missing = expected.Where(k => !_english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"Missing labels: {string.Join(", ", missing)}");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(_root, "src", "Aliado", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Aliado.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    // L["key"], localizer["key"], text["key"] and Problems' message keys such as "tie.duplicate".
    [GeneratedRegex("""(?:\bL|localizer|text)\["(?<key>[a-z0-9.-]+)"|Refused<\w+>\("(?<key>[a-z0-9.-]+)"\)|(?:Conflict|Forbidden)\("(?<key>[a-z0-9.-]+)"\)""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
