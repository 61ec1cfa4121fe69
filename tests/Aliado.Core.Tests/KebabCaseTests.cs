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

    [Theory]
    [InlineData("non-supporter", Attitude.NonSupporter)]
    [InlineData(" Opponent ", Attitude.Opponent)]
    public void Parsing_ignores_case_and_surrounding_spaces(string text, Attitude expected)
    {
        Assert.True(KebabCase.TryParse<Attitude>(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("NonSupporter")]
    [InlineData("non_supporter")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_does_not_parse(string? text) => Assert.False(KebabCase.TryParse<Attitude>(text, out _));
}
