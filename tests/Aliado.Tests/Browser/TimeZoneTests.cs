using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>The account's time-zone picker: grouped by region, narrowed by typing, starting on the browser's zone until one is saved.</summary>
[Collection(BrowserSession.Collection)]
public sealed class TimeZoneTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_new_account_starts_on_the_browsers_zone_and_typing_narrows_the_list_to_the_matching_cities()
    {
        var page = await session.NewPageAsync("es", width: 375, height: 800, timeZone: "America/Lima");
        await CircleJourneyTests.SignUpAsync(page, audit: false);

        await page.GotoAsync("/account");

        await Assertions.Expect(page.Locator("#TimeZone")).ToHaveValueAsync("America/Lima");
        await Assertions.Expect(page.Locator("#TimeZone optgroup[label=America] option[value='America/Lima']")).ToHaveTextAsync("Lima (UTC−05:00)");
        await page.FillAsync("#time-zone-filter", "buenos");
        Assert.Equal(["America/Argentina/Buenos_Aires"], await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#TimeZone option')].filter(o => !o.hidden).map(o => o.value)"));
        await Assertions.Expect(page.Locator("#TimeZone")).ToHaveValueAsync("America/Argentina/Buenos_Aires");
        await page.Locator("form[action*='handler=TimeZone'] button[type=submit]").ClickAsync();
        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator("#TimeZone")).ToHaveValueAsync("America/Argentina/Buenos_Aires");
        await ChangedPagesWalkTests.CheckAsync(page);
    }
}
