using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>The header's search box, on a phone: a word typed without its accent finds the conversation and opens it in place.</summary>
[Collection(BrowserSession.Collection)]
public sealed class SearchJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("en", "AUDIT", "Conversations", "Conversation of ")]
    [InlineData("es", "auditoria", "Conversaciones", "Conversación del ")]
    public async Task A_word_typed_in_the_header_finds_records_of_every_kind_grouped_and_opens_one_where_it_lives(string culture, string word, string group, string conversationTitle)
    {
        var page = await session.NewPageAsync(culture, width: 375, height: 800);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));

        await page.FillAsync("#header-search", word);
        await page.PressAsync("#header-search", "Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));

        await Assertions.Expect(page.Locator("#header-search")).ToHaveValueAsync(word);
        await Assertions.Expect(page.GetByTestId("search-group-conversation").GetByRole(AriaRole.Heading)).ToContainTextAsync(group);
        await Assertions.Expect(page.GetByTestId("search-group-conversation").Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header a[aria-current=page]")).ToHaveAttributeAsync("href", "/search");
        await ChangedPagesWalkTests.CheckAsync(page);

        var hit = page.GetByTestId("search-group-conversation").GetByRole(AriaRole.Link, new() { Name = conversationTitle }).First;
        var href = await hit.GetAttributeAsync("href");
        await hit.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}#conversation-"));
        var anchor = href!.Split('#')[1];
        await Assertions.Expect(page.Locator($"#{anchor}")).ToBeVisibleAsync();
    }
}
