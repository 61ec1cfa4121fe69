using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>The relationship page on a phone: the summary's buttons open their forms, a failed form comes back as a page of its own, and Back is an ordinary page.</summary>
[Collection(BrowserSession.Collection)]
public sealed class RelationshipPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task A_failed_conversation_lands_on_its_form_whose_summary_leads_to_the_field_and_back_needs_no_resending(string culture)
    {
        var page = await session.NewPageAsync(culture, width: 375, height: 800);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GetByTestId("portfolio").GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        var relationship = page.Url;
        await Assertions.Expect(page.GetByTestId("summary")).ToBeVisibleAsync();

        await page.GetByTestId("summary").Locator("a[href='#log']").ClickAsync();
        await Assertions.Expect(page.Locator("details#log")).ToHaveAttributeAsync("open", "");
        await page.SelectOptionAsync("#Interaction_Listening", "4");
        await page.Locator("form[action$='/conversations'] button[type=submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(relationship + "#errors-Interaction");
        await Assertions.Expect(page.Locator("#log .error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Interaction_Listening")).ToHaveValueAsync("4");
        var summary = page.Locator("#Interaction_Summary");
        await Assertions.Expect(summary).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await summary.GetAttributeAsync("aria-describedby") ?? "";
        Assert.NotEmpty(describedBy);
        await Assertions.Expect(page.Locator($"#{describedBy.Split(' ')[^1]}")).ToHaveClassAsync(new Regex("field-error"));
        await page.Locator("#log .error-summary a").First.ClickAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await ChangedPagesWalkTests.CheckAsync(page);

        // The failed form's page was an ordinary GET: Back and reload show pages, not "confirm form resubmission".
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#log .error-summary")).ToHaveCountAsync(0);
        await page.GoBackAsync();
        Assert.StartsWith(relationship, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("summary")).ToBeVisibleAsync();
    }
}
