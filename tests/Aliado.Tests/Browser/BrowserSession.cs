using Aliado.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port and one headless Debian Chromium shared by a test class; each test
/// gets its own browser context (cookies, language, screen size).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Browser classes run one after another: two Chromiums and two servers at once starve two cores.</summary>
    public const string Collection = "browser";

    private IPlaywright? _playwright;

    public SqliteApp App { get; } = new();

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        await App.InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(20_000);
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Timeout = 30_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context: skips locally without Chromium, fails in CI.</summary>
    public async Task<IPage> NewPageAsync(string culture, int width = 1280, int height = 900, bool javaScript = true, string? timeZone = null)
    {
        if (Browser is null)
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                throw new InvalidOperationException($"CI must run the browser tests, but {ChromiumPath} is missing.");
            }
            Assert.Skip($"Chromium is not installed at {ChromiumPath}: apt-get install chromium to run the browser tests.");
        }
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = culture,
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            TimezoneId = timeZone,
        });
        // CI runs two test collections at once on two cores: generous waits keep a slow moment from failing a journey.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public static class Accessibility
{
    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming them.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}: " + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }
}
