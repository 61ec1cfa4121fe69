using Aliado.Core.People;

namespace Aliado.Core.Tests;

public sealed class KebabCaseTests
{
    [Theory]
    [InlineData(TieKind.ReportsTo, "reports-to")]
    [InlineData(TieKind.ReliesOn, "relies-on")]
    [InlineData(TieKind.Peer, "peer")]
    public void Tie_kinds_are_spelled_in_kebab_case(TieKind kind, string expected) =>
        Assert.Equal(expected, KebabCase.ToKebab(kind));

    [Fact]
    public void Attitudes_are_spelled_as_the_API_promises() =>
        Assert.Equal(["mentor", "supporter", "neutral", "non-supporter", "opponent"], KebabCase.Names<Attitude>());

    [Fact]
    public void Every_choice_in_the_core_is_spelled_as_the_JSON_kebab_case_policy_spells_it()
    {
        var enums = typeof(KebabCase).Assembly.GetTypes().Where(t => t.IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums.SelectMany(Enum.GetNames), name => Assert.Equal(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name), KebabCase.ToKebab(name)));
    }
}
