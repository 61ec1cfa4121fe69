using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>
/// Every kind of page the demo links to, found by following its links from the dashboard, at phone and
/// desktop width in both languages: nothing scrolls sideways, no word of a button, label, heading, tag or
/// menu is split over two lines, and axe finds nothing serious. One page per route (ids aside), so the
/// walk covers every screen without visiting each of the demo's records. Screenshots of the main pages
/// go to the test output folder.
/// </summary>
[Collection(BrowserSession.Collection)]
public sealed partial class DemoWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly HashSet<string> _hubs = ["/relationships/{id}", "/people/{id}"];

    private static readonly string[] _notPages = ["/signout", "/culture", "/api/", "/calendar/", "/openapi", "/reminders/stop", "/check-in/", "/demo"];

    [Theory]
    [InlineData("en", 375)]
    [InlineData("es", 375)]
    [InlineData("en", 1280)]
    [InlineData("es", 1280)]
    public async Task Every_page_of_the_demo_fits_keeps_its_words_whole_and_passes_axe(string culture, int width)
    {
        var page = await session.NewPageAsync(culture, width: width, height: 800);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", culture == "es" ? "/search?q=reporte" : "/search?q=report", "/start"]);
        var visited = new List<string>();
        var opened = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var route = Route(url);
            // Each relationship and person is opened (their records link to pages of their own), but
            // every route is checked once.
            var fresh = seen.Add(route);
            if ((!fresh && !_hubs.Contains(route)) || !opened.Add(url))
            {
                continue;
            }
            var response = await page.GotoAsync(url);
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }
            Assert.True(response.Ok, $"{url} answered {response.Status}");
            if (fresh)
            {
                visited.Add(url);
                await ChangedPagesWalkTests.CheckAsync(page);
            }
            if (fresh && MainPage(url) is { } name)
            {
                var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder.FullName, $"{name}-{culture}-{width}.png"), FullPage = true });
            }
            foreach (var href in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !_notPages.Any(p => href.StartsWith(p, StringComparison.Ordinal)))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{visited.Count} pages at {width}px in {culture}: {string.Join(" ", visited.Select(Route))}");
        Assert.True(visited.Count >= 40, $"The walk reached only {visited.Count} pages: {string.Join(" ", visited)}");
    }

    /// <summary>"/relationships/0191…/history?x=1" is the route "/relationships/{id}/history?x".</summary>
    private static string Route(string url)
    {
        var parts = url.Split('?', 2);
        var path = IdPattern().Replace(parts[0], "{id}");
        var keys = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : string.Empty;
        return keys.Length > 0 ? $"{path}?{keys}" : path;
    }

    private static string? MainPage(string url) => Route(url) switch
    {
        "/" => "dashboard",
        "/relationships/{id}" => "relationship",
        "/people" => "people",
        "/people/{id}" => "person",
        "/typology" => "typology",
        var route when route.StartsWith("/search", StringComparison.Ordinal) => "search",
        _ => null,
    };

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex IdPattern();
}
