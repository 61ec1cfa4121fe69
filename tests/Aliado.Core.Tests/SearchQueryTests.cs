namespace Aliado.Core.Tests;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("José  IBÁÑEZ", new[] { "jose", "ibanez" })]
    [InlineData("ana@acme.com", new[] { "ana", "acme", "com" })]
    [InlineData("a b cd", new[] { "cd" })]
    [InlineData("\"*) OR (x", new[] { "or" })]
    [InlineData("   ", new string[0])]
    public void Keeps_the_words_of_two_letters_or_more_folded_and_without_operators(string text, string[] expected) =>
        Assert.Equal(expected, SearchQuery.Parse(text).Terms);

    [Fact]
    public void Takes_at_most_eight_words_and_two_hundred_characters()
    {
        Assert.Equal(SearchQuery.MaxTerms, SearchQuery.Parse("uno dos tres cuatro cinco seis siete ocho nueve diez").Terms.Count);
        Assert.Equal(["ab"], SearchQuery.Parse(new string(' ', 198) + "abcdef").Terms);
    }

    [Fact]
    public void A_word_matches_when_it_or_a_part_of_it_starts_with_a_term()
    {
        var query = SearchQuery.Parse("acme gar");
        Assert.True(query.Matches("ana@acme.com"));
        Assert.True(query.Matches("García,"));
        Assert.False(query.Matches("Vargas"));
    }

    [Fact]
    public void A_snippet_shows_the_words_around_the_first_match_with_the_matches_marked()
    {
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"palabra{i}")) + " la auditoría trimestral " + string.Join(' ', Enumerable.Range(41, 40).Select(i => $"palabra{i}"));

        var parts = Snippet.Around(text, SearchQuery.Parse("auditoria"));

        Assert.Equal(["auditoría"], parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.StartsWith("… ", Snippet.PlainText(parts), StringComparison.Ordinal);
        Assert.EndsWith(" …", Snippet.PlainText(parts), StringComparison.Ordinal);
        Assert.True(Snippet.PlainText(parts).Split(' ').Length <= Snippet.Words + 2);
    }

    [Fact]
    public void A_short_text_is_shown_whole()
    {
        var parts = Snippet.Around("Prefiere reuniones cortas.", SearchQuery.Parse("reunion"));

        Assert.Equal("Prefiere reuniones cortas.", Snippet.PlainText(parts));
        Assert.Equal(["reuniones"], parts.Where(p => p.IsMatch).Select(p => p.Text));
    }
}
