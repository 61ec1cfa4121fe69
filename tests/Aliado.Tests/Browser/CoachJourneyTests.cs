using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>The brief, the client's own check-in and the method explained, in a real browser, at phone width, with axe.</summary>
[Collection(BrowserSession.Collection)]
public sealed class CoachJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private sealed record Words(string Brief, string WhatTheyWant, string OnYourSide, string Send, string Thanks, string ClientVoice, string HowTitle);

    private static readonly Dictionary<string, Words> _words = new()
    {
        ["en"] = new("Brief before a meeting", "What Ricardo Salas wants", "Do you feel", "Send my answers", "Thank you", "in the client's words", "How Aliado works"),
        ["es"] = new("Resumen antes de una reunión", "Lo que quiere Ricardo Salas", "¿Sientes que", "Enviar mis respuestas", "Gracias", "en palabras del cliente", "Cómo funciona Aliado"),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Read_the_brief_send_a_check_in_the_client_answers_and_learn_why(string culture)
    {
        var words = _words[culture];
        var page = await session.NewPageAsync(culture, width: 375, height: 740);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GetByTestId("portfolio").GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        var relationship = page.Url;

        await page.GetByTestId("brief-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("brief")).ToContainTextAsync(words.WhatTheyWant);
        await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(0);
        await AssertFitsAsync(page);
        await page.AssertAccessibleAsync();

        await page.GotoAsync(relationship);
        await page.SelectOptionAsync("#check-in-culture", culture);
        await page.Locator("form[action$='/check-ins'] button[type=submit]").ClickAsync();
        var link = await page.GetByTestId("check-in-url").InputValueAsync();
        Assert.Contains("/check-in/", link, StringComparison.Ordinal);

        var client = await session.NewPageAsync(culture, width: 375, height: 740);
        await client.GotoAsync(link);
        await Assertions.Expect(client.GetByTestId("check-in")).ToContainTextAsync(words.OnYourSide);
        await client.AssertAccessibleAsync();
        await AssertFitsAsync(client);
        await client.GetByRole(AriaRole.Group).Nth(0).GetByRole(AriaRole.Radio).Nth(1).CheckAsync();
        await client.GetByRole(AriaRole.Group).Nth(1).GetByRole(AriaRole.Radio).Nth(4).CheckAsync();
        await client.GetByRole(AriaRole.Button, new() { Name = words.Send }).ClickAsync();
        await Assertions.Expect(client.GetByTestId("check-in-state")).ToContainTextAsync(words.Thanks);
        await client.AssertAccessibleAsync();

        await page.GotoAsync(relationship);
        await Assertions.Expect(page.GetByTestId("client-voice").First).ToContainTextAsync(words.ClientVoice);
        await Assertions.Expect(page.GetByTestId("client-pulse-trend")).ToBeVisibleAsync();
        await page.Locator("#step-5-heading a.why").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/how-it-works#step-5$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.HowTitle);
        await Assertions.Expect(page.GetByTestId("verdict-rules").Locator("li")).ToHaveCountAsync(7);
        await AssertFitsAsync(page);
        await page.AssertAccessibleAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px at 375px");
    }
}
