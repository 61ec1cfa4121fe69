using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>Article 2 in the browser: assess a client twice, read the guidance and the plan, be the client, and keep a lesson.</summary>
[Collection(BrowserSession.Collection)]
public sealed class TypologyJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private sealed record Words(string AddPerson, string Talker, string HowToWork, string TwoAssessments, string AsClient, string Lessons, string AsClientRole);

    private static readonly Dictionary<string, Words> _words = new()
    {
        ["en"] = new("Add a person", "The talker", "How to work with this person:", "(assessments: 2)", "Here you are the client", "Lessons learned", "As client"),
        ["es"] = new("Agregar una persona", "El conversador", "Cómo trabajar con esta persona:", "(evaluaciones: 2)", "Aquí tú eres el cliente", "Lecciones aprendidas", "Como cliente"),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Assess_a_client_follow_the_plan_be_the_client_and_keep_a_lesson(string culture)
    {
        var words = _words[culture];
        var page = await session.NewPageAsync(culture);
        await CircleJourneyTests.SignUpAsync(page);
        await CircleJourneyTests.AddPersonAsync(page, "Ricardo Salas", words.AddPerson);
        var person = page.Url;

        await AssessAsync(page, ("talker", 3), ("imperfect-questioner", 1));
        await Assertions.Expect(page.GetByTestId("leading-types")).ToContainTextAsync(words.Talker);
        await Assertions.Expect(page.GetByTestId("guidance").First).ToContainTextAsync(words.HowToWork);
        await Assertions.Expect(page.GetByTestId("development-plan").Locator("li")).ToHaveCountAsync(5);
        await page.AssertAccessibleAsync();

        await AssessAsync(page, ("imperfect-questioner", 4));
        await Assertions.Expect(page.GetByTestId("development-plan").Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("progress-chart")).ToContainTextAsync(words.TwoAssessments);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/relationships/edit");
        await page.SelectOptionAsync("#Input_ClientId", new SelectOptionValue { Label = "Laura Méndez" });
        await page.SelectOptionAsync("#Input_ProviderId", new SelectOptionValue { Label = "Ricardo Salas" });
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByTestId("as-client")).ToContainTextAsync(words.AsClient);
        await page.AssertAccessibleAsync();
        await page.GotoAsync(person);
        await Assertions.Expect(page.GetByTestId("role")).ToContainTextAsync(culture == "es" ? "me provee" : "my provider");

        await page.GotoAsync("/lessons");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.Lessons);
        await page.Locator("details:has(form[action*='handler=Record'])").EvaluateAsync("d => d.open = true");
        await page.SelectOptionAsync("#Lesson_Role", "as-client");
        await page.FillAsync("#Lesson_WhatHappened", "I called a meeting without an agenda");
        await page.FillAsync("#Lesson_WhatWeLearned", "An agenda halves the time");
        await page.FillAsync("#Lesson_Action", "Send the agenda the day before");
        await page.Locator("form[action*='handler=Record'] button[type=submit]").ClickAsync();
        await page.FillAsync("#lessons-q", "AGENDA");
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("lessons")).ToContainTextAsync(words.AsClientRole);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/typology");
        await Assertions.Expect(page.GetByTestId("client-type-card")).ToHaveCountAsync(13);
        await page.AssertAccessibleAsync();
    }

    private static async Task AssessAsync(IPage page, params (string Type, int Traits)[] ticks)
    {
        await page.Locator("details:has(form[action*='handler=Assess'])").EvaluateAsync("d => d.open = true");
        foreach (var (type, count) in ticks)
        {
            var boxes = page.Locator($"fieldset[data-type='{type}'] input[type=checkbox]");
            for (var i = 0; i < count; i++)
            {
                await boxes.Nth(i).CheckAsync();
            }
        }
        await page.Locator("form[action*='handler=Assess'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("leading-types")).ToBeVisibleAsync();
    }
}
