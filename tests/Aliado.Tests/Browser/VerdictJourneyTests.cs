using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>Steps 1–5 in the browser: open a relationship, record both sides, link them, offer, and decide.</summary>
[Collection(BrowserSession.Collection)]
public sealed class VerdictJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private sealed record Words(string StartRelationship, string Proceed, string Accepted, string NotEnough, string Changed, string WithoutAlignment, string Full, string Partial, string OfferingLink);

    private static readonly Dictionary<string, Words> _words = new()
    {
        ["en"] = new("Open a relationship with Ricardo Salas as client", "Proceed", "You accepted this verdict.", "Not enough known", "The outcome changed since your decision", "Proceeding without alignment", "fully", "partly", "the link to 1 interest"),
        ["es"] = new("Abrir una relación con Ricardo Salas como cliente", "Adelante", "Aceptaste este veredicto.", "Falta información", "El resultado cambió desde tu decisión", "Avanzando sin alineación", "totalmente", "en parte", "el vínculo con 1 interés"),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task The_guided_flow_reaches_an_accepted_and_then_an_overridden_verdict(string culture)
    {
        var words = _words[culture];
        var page = await session.NewPageAsync(culture);
        await CircleJourneyTests.SignUpAsync(page);
        await CircleJourneyTests.AddPersonAsync(page, "Ricardo Salas", culture == "es" ? "Agregar una persona" : "Add a person");

        await page.GetByRole(AriaRole.Link, new() { Name = words.StartRelationship }).ClickAsync();
        await page.FillAsync("#Input_Arena", "Grupo Andino");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        await page.AssertAccessibleAsync();

        await AddInterestAsync(page, "ClientInterest", "Client", "solve operational problems", "5");
        await AddInterestAsync(page, "ClientInterest", "Client", "stay with their group", "4", visibility: "inferred", confidence: "2");
        await AddInterestAsync(page, "MyInterest", "Mine", "grow into a lead role", "5");
        await AddInterestAsync(page, "MyInterest", "Mine", "learn operations", "3");
        await Assertions.Expect(page.GetByTestId("client-interests")).ToContainTextAsync(culture == "es" ? "falta estudiarlo" : "needs more study");

        await LinkAsync(page, "learn operations", words.Full, "solve operational problems");
        await LinkAsync(page, "grow into a lead role", words.Partial, "stay with their group");

        await OpenAsync(page, "Offering");
        await page.FillAsync("#Offering_Description", "process documentation");
        await page.SelectOptionAsync("#Offering_ClientBuys", "yes");
        await page.SelectOptionAsync("#Offering_Willingness", "willing");
        await page.Locator("form[action*='/common-ground?handler=Offering']").GetByLabel("solve operational problems", new() { Exact = true }).CheckAsync();
        await page.Locator("form[action*='/common-ground?handler=Offering'] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("verdict-outcome")).ToContainTextAsync(words.Proceed);
        await Assertions.Expect(page.GetByTestId("verdict-outcome")).ToContainTextAsync("78 %");
        await Assertions.Expect(page.GetByTestId("verdict-reasons")).ToContainTextAsync("“process documentation”");
        await Assertions.Expect(page.GetByTestId("alignment-chart")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Locator("form[action*='/decision?handler=Accept'] button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision")).ToContainTextAsync(words.Accepted);

        await page.Locator("[data-testid=offerings] a[href$='/edit#delete']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("delete-contents")).ToContainTextAsync(words.OfferingLink);
        await page.AssertAccessibleAsync();
        await page.GetByTestId("delete").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict-outcome")).ToContainTextAsync(words.NotEnough);
        await Assertions.Expect(page.GetByTestId("decision")).ToContainTextAsync(words.Changed);

        await page.Locator("form[action*='/decision?handler=Override'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#step-5 .field-error")).ToBeVisibleAsync();
        await page.FillAsync("#Decision_Reason", "My boss asked me to help during the audit.");
        await page.Locator("form[action*='/decision?handler=Override'] button").ClickAsync();

        await Assertions.Expect(page.GetByTestId("without-alignment")).ToContainTextAsync(words.WithoutAlignment);
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/relationships");
        await Assertions.Expect(page.GetByTestId("relationships")).ToContainTextAsync(words.WithoutAlignment);
        await page.AssertAccessibleAsync();
    }

    private static async Task OpenAsync(IPage page, string handler) =>
        await page.Locator($"details:has(form[action*='handler={handler}'])").EvaluateAsync("d => d.open = true");

    private static async Task AddInterestAsync(IPage page, string prefix, string handler, string description, string importance, string? visibility = null, string? confidence = null)
    {
        await OpenAsync(page, handler);
        await page.FillAsync($"#{prefix}_Description", description);
        await page.SelectOptionAsync($"#{prefix}_Importance", importance);
        if (visibility is not null)
        {
            await page.SelectOptionAsync($"#{prefix}_Visibility", visibility);
        }
        if (confidence is not null)
        {
            await page.SelectOptionAsync($"#{prefix}_Confidence", confidence);
        }
        await page.Locator($"form[action*='handler={handler}'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(description);
    }

    private static async Task LinkAsync(IPage page, string mine, string strength, string theirs)
    {
        await page.SelectOptionAsync("#Link_ProviderInterestId", new SelectOptionValue { Label = mine });
        await page.SelectOptionAsync("#Link_Strength", new SelectOptionValue { Label = strength });
        await page.SelectOptionAsync("#Link_ClientInterestId", new SelectOptionValue { Label = theirs });
        await page.Locator("form[action*='/common-ground?handler=Link'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("coincidences")).ToContainTextAsync($"“{mine}” {strength} “{theirs}”");
    }
}
