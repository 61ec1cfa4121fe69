using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>A newcomer signs up, records the people of their working world, ties them, and sees the circle.</summary>
[Collection(BrowserSession.Collection)]
public sealed class CircleJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly Dictionary<string, (string Home, string AddPerson, string ReportsTo, string Around)> _words = new()
    {
        ["en"] = ("Today", "Add a person", "reports to", "Around Ricardo Salas"),
        ["es"] = ("Hoy", "Agregar una persona", "reporta a", "Alrededor de Ricardo Salas"),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Sign_up_add_people_tie_them_and_see_the_circle(string culture)
    {
        var words = _words[culture];
        var page = await session.NewPageAsync(culture);

        await SignUpAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.Home);
        await page.AssertAccessibleAsync();

        await AddPersonAsync(page, "Elena Paredes", words.AddPerson);
        await AddPersonAsync(page, "Ricardo Salas", words.AddPerson);
        await page.AssertAccessibleAsync();

        await page.SelectOptionAsync("#Tie_Kind", "reports-to");
        await page.SelectOptionAsync("#Tie_OtherPersonId", new SelectOptionValue { Label = "Elena Paredes" });
        await page.SelectOptionAsync("#Tie_Power", "5");
        await page.SelectOptionAsync("#Tie_Interest", "4");
        await page.SelectOptionAsync("#Tie_Attitude", "supporter");
        await page.FillAsync("#Tie_Notes", "Her yearly goals are his.");
        await page.Locator("form[action*='AddTie'] button[type=submit]").ClickAsync();

        var circle = page.GetByTestId("circle");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = words.Around })).ToBeVisibleAsync();
        await Assertions.Expect(circle).ToContainTextAsync($"Ricardo Salas {words.ReportsTo} Elena Paredes");
        await Assertions.Expect(circle).ToContainTextAsync("5/5");
        await page.AssertAccessibleAsync();

        await circle.GetByRole(AriaRole.Link, new() { Name = "Elena Paredes", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("surrounds")).ToContainTextAsync("Ricardo Salas");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task At_phone_width_nothing_scrolls_sideways_and_the_pages_stay_accessible()
    {
        var page = await session.NewPageAsync("es", width: 375, height: 740);

        await SignUpAsync(page);
        await AddPersonAsync(page, "Marta Ibáñez", _words["es"].AddPerson);
        var person = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Abrir una relación con Marta Ibáñez como cliente" }).ClickAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));

        foreach (var url in new[] { "/", "/people", person, page.Url, "/relationships", "/organizations", "/account", "/workspace/members" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 375px");
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task Everything_works_without_JavaScript()
    {
        var page = await session.NewPageAsync("en", javaScript: false);

        await SignUpAsync(page, audit: false);
        await AddPersonAsync(page, "Tomás Quiroga", _words["en"].AddPerson);
        await page.GotoAsync("/people");
        await page.FillAsync("#people-search", "tomas");
        await page.Locator("main form[role=search] button").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tomás Quiroga" })).ToBeVisibleAsync();

        await page.Locator("header a[hreflang=es]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personas");
    }

    internal static async Task SignUpAsync(IPage page, bool audit = true)
    {
        await page.GotoAsync("/signup");
        await page.FillAsync("#Input_DisplayName", "Laura Méndez");
        await page.FillAsync("#Input_Email", $"laura-{Guid.NewGuid():N}@example.com");
        await page.FillAsync("#Input_Password", "a long enough passphrase");
        await page.FillAsync("#Input_ConfirmPassword", "a long enough passphrase");
        if (audit)
        {
            // axe runs as a script, so it is left out of the no-JavaScript pass.
            await page.AssertAccessibleAsync();
        }
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
    }

    internal static async Task AddPersonAsync(IPage page, string name, string addPerson)
    {
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = addPerson }).First.ClickAsync();
        await page.FillAsync("#Input_Name", name);
        await page.SelectOptionAsync("#Input_SocialStyle", "analytical");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
    }
}
