using System.Text.RegularExpressions;
using Aliado.Features.Demo;
using Aliado.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>
/// The lists past their counting cap, in a generated workspace of 1,100 people and 1,050 relationships:
/// the dashboard (also with a failed filter), the people list and the relationship list say "more than"
/// and "or more" in both languages, at phone and desktop width, without sideways scroll or axe findings.
/// </summary>
[Collection(BrowserSession.Collection)]
public sealed class LargeWorkspaceWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("en", 375, "More than 1,000 people", "or more")]
    [InlineData("es", 375, "Más de 1.000 personas", "o más")]
    [InlineData("en", 1280, "More than 1,000 people", "or more")]
    [InlineData("es", 1280, "Más de 1.000 personas", "o más")]
    public async Task Lists_past_their_cap_say_more_than_and_fit(string culture, int width, string people, string orMore)
    {
        var email = $"large-{Guid.NewGuid():N}@example.com";
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            var (demo, errors) = await scope.ServiceProvider.GetRequiredService<ScaleDemo>()
                .CreateAsync(culture, new ScaleDemo.Size(1100, 1050), email, Account.Password, TestContext.Current.CancellationToken);
            Assert.True(demo is not null, string.Join("; ", errors));
        }
        var page = await session.NewPageAsync(culture, width: width, height: 800);
        await page.GotoAsync("/signin");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Account.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(orMore);
        await ChangedPagesWalkTests.CheckAsync(page);
        await page.GotoAsync("/?health=sideways&sort=health");
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await ChangedPagesWalkTests.CheckAsync(page);
        // A search too long for the portfolio, sent from its own box: the page opens at the box, with the reason beside it and the text kept.
        var tooLong = new string('m', 201);
        await page.GotoAsync("/");
        await page.FillAsync("#portfolio-q", tooLong);
        await page.Locator("#portfolio-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#portfolio-q-error")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#portfolio-q")).ToHaveValueAsync(tooLong);
        await ChangedPagesWalkTests.CheckAsync(page);
        if (Environment.GetEnvironmentVariable("ALIADO_SCREENSHOTS") is { } searched)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(searched, $"{culture}-{width}-search-too-long.png") });
        }
        await page.GotoAsync("/people");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(people);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(orMore);
        await ChangedPagesWalkTests.CheckAsync(page);
        await page.GotoAsync("/relationships");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(orMore);
        await ChangedPagesWalkTests.CheckAsync(page);
        if (Environment.GetEnvironmentVariable("ALIADO_SCREENSHOTS") is { } folder)
        {
            foreach (var (path, name) in new[] { ("/", "home"), ("/?health=sideways", "unknown-filter"), ("/people", "people"), ("/relationships", "relationships") })
            {
                await page.GotoAsync(path);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{culture}-{width}-{name}.png"), FullPage = width > 400 });
            }
        }
    }
}
