using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>Steps 6–8 in the browser: talk, propose, take a "no" kindly, take a pulse, and work the dashboard.</summary>
[Collection(BrowserSession.Collection)]
public sealed class RunningJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private sealed record Words(string AddPerson, string StartRelationship, string Awaiting, string KindReading, string FollowUp, string Absorbed, string AtRisk, string LowPulse, string Today, string NoMatch);

    private static readonly Dictionary<string, Words> _words = new()
    {
        ["en"] = new("Add a person", "Open a relationship with Ricardo Salas as client", "Awaiting answer", "probably froze or thought it through", "Suggested follow-up on", "No's absorbed so far: 1.", "At risk", "The latest pulse is low (2 of 5).", "Today", "No relationships match."),
        ["es"] = new("Agregar una persona", "Abrir una relación con Ricardo Salas como cliente", "Esperando respuesta", "probablemente se bloqueó o lo pensó bien", "Seguimiento sugerido el", "Noes asimilados hasta ahora: 1.", "En riesgo", "El último pulso es bajo (2 de 5).", "Hoy", "Ninguna relación coincide."),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Log_propose_absorb_a_no_take_a_pulse_and_work_the_dashboard(string culture)
    {
        var words = _words[culture];
        var page = await session.NewPageAsync(culture);
        await CircleJourneyTests.SignUpAsync(page);
        await CircleJourneyTests.AddPersonAsync(page, "Ricardo Salas", words.AddPerson);
        await page.GetByRole(AriaRole.Link, new() { Name = words.StartRelationship }).ClickAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        await OpenAsync(page, "action*='/interests?handler=Client'");
        await page.FillAsync("#ClientInterest_Description", "fewer operational fires");
        await page.SelectOptionAsync("#ClientInterest_Importance", "5");
        await page.Locator("form[action*='/interests?handler=Client'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unproposed")).ToContainTextAsync("fewer operational fires");

        await OpenAsync(page, "action$='/conversations'");
        await page.FillAsync("#Interaction_Summary", "Walked through last month's incidents");
        await page.SelectOptionAsync("#Interaction_Listening", "4");
        await page.Locator("form[action$='/conversations'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("interactions")).ToContainTextAsync("Walked through last month's incidents");
        await page.AssertAccessibleAsync();

        // Step 5 gates step 6: with only the client's interest known there is no verdict to sell on.
        await Assertions.Expect(page.GetByTestId("proposal-gate")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("form[action$='/proposals']")).ToHaveCountAsync(0);
        await page.FillAsync("#Decision_Reason", "He asked for help now; I will learn what I want as I go");
        await page.Locator("form[action*='/decision?handler=Override'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("proposal-gate")).ToHaveCountAsync(0);

        await OpenAsync(page, "action$='/proposals'");
        await page.FillAsync("#Proposal_Title", "Map the top three fires");
        await page.FillAsync("#Proposal_Pitch", "So Elena hears the causes from you first");
        await page.Locator("form[action$='/proposals']").GetByLabel("fewer operational fires (5)").CheckAsync();
        await page.Locator("form[action$='/proposals'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("proposal")).ToContainTextAsync(words.Awaiting);
        await Assertions.Expect(page.GetByTestId("unproposed")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await OpenAsync(page, "action*='/proposals?handler=Answer'");
        await page.Locator("form[action*='/proposals?handler=Answer'] select[name='Answer.Answer']").SelectOptionAsync("declined");
        await page.Locator("form[action*='/proposals?handler=Answer'] textarea").FillAsync("A budget freeze he cannot talk about");
        await page.Locator("form[action*='/proposals?handler=Answer'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reading")).ToContainTextAsync(words.KindReading);
        await Assertions.Expect(page.GetByTestId("follow-up")).ToContainTextAsync(words.FollowUp);
        await Assertions.Expect(page.GetByTestId("tolerance")).ToContainTextAsync(words.Absorbed);
        await page.AssertAccessibleAsync();

        await OpenAsync(page, "action$='/pulses'");
        await page.SelectOptionAsync("#Pulse_OnTheirSide", "2");
        await page.SelectOptionAsync("#Pulse_GettingWhatTheyBuy", "4");
        await page.FillAsync("#Pulse_Evidence", "Skipped my last two updates");
        await page.Locator("form[action$='/pulses'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pulse-trend")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("health-status")).ToHaveTextAsync(words.AtRisk);
        await Assertions.Expect(page.GetByTestId("health")).ToContainTextAsync(words.LowPulse);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.Today);
        await Assertions.Expect(page.GetByTestId("agenda-follow-ups")).ToContainTextAsync("Ricardo Salas");
        await Assertions.Expect(page.GetByTestId("portfolio")).ToContainTextAsync(words.AtRisk);
        await page.AssertAccessibleAsync();
        await page.SelectOptionAsync("#portfolio-health", "good");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(words.NoMatch);
        await page.SelectOptionAsync("#portfolio-health", "at-risk");
        await page.SelectOptionAsync("#portfolio-sort", "health");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.GetByTestId("portfolio").GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_demo_dashboard_reads_well_at_phone_width()
    {
        var page = await session.NewPageAsync("en", width: 375, height: 740);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));

        await Assertions.Expect(page.GetByTestId("agenda-overdue")).ToContainTextAsync("Marta Ibáñez");
        await Assertions.Expect(page.GetByTestId("portfolio")).ToContainTextAsync("Elena Paredes");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the dashboard scrolls sideways by {overflow}px at 375px");
        await page.AssertAccessibleAsync();

        await page.GetByTestId("portfolio").GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pulse-trend")).ToBeVisibleAsync();
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the relationship page scrolls sideways by {overflow}px at 375px");
        await page.AssertAccessibleAsync();
    }

    private static async Task OpenAsync(IPage page, string action) =>
        await page.Locator($"details:has(form[{action}])").First.EvaluateAsync("d => d.open = true");
}
