using Aliado.Core;
using Aliado.Core.People;
using Aliado.Platform;

namespace Aliado.Tests.Platform;

public sealed class EnumTextTests
{
    [Theory]
    [InlineData("non-supporter", Attitude.NonSupporter)]
    [InlineData(" Opponent ", Attitude.Opponent)]
    public void Parsing_ignores_case_and_surrounding_spaces(string text, Attitude expected)
    {
        Assert.True(EnumText.TryParse<Attitude>(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("NonSupporter")]
    [InlineData("non_supporter")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_does_not_parse(string? text) => Assert.False(EnumText.TryParse<Attitude>(text, out _));

    [Fact]
    public void Reading_text_that_names_no_choice_gives_nothing_and_one_error_listing_the_choices()
    {
        var check = new Check();

        Assert.Null(check.Read<Attitude>("attitude", "friendly"));
        var error = Assert.Single(check.Errors);
        Assert.Equal(("attitude", ErrorCodes.OneOf), (error.Field, error.Code));
        Assert.Equal(["mentor, supporter, neutral, non-supporter, opponent"], error.Arguments);
    }

    [Fact]
    public void Reading_empty_text_gives_nothing_without_an_error()
    {
        var check = new Check();

        Assert.Null(check.Read<Attitude>("attitude", " "));
        Assert.Equal(TieKind.ReportsTo, check.Read<TieKind>("kind", "reports-to"));
        Assert.Empty(check.Errors);
    }
}
