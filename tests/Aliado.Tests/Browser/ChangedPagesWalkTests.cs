using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aliado.Tests.Browser;

/// <summary>
/// The pages this stage added or changed, in the demo, at phone and desktop width, in both languages,
/// with a failed form where the page has one: nothing scrolls sideways and axe finds nothing serious.
/// </summary>
[Collection(BrowserSession.Collection)]
public sealed class ChangedPagesWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("en", 375)]
    [InlineData("es", 375)]
    [InlineData("en", 1280)]
    [InlineData("es", 1280)]
    public async Task Every_changed_page_fits_and_passes_axe(string culture, int width)
    {
        var page = await session.NewPageAsync(culture, width: width, height: 800);
        await page.GotoAsync("/");
        await page.Locator("form[action='/demo'] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GetByTestId("portfolio").GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/relationships/[0-9a-f-]{36}$"));
        var relationship = page.Url;

        // Every page as it first opens is walked by DemoWalkTests; here, the states a page reaches after a failed form.
        // A conversation saved empty stays with its message.
        await page.GotoAsync(relationship);
        await page.Locator("a[href^='/conversations/'][href$='/edit']").First.ClickAsync();
        await page.FillAsync("#Interaction_Summary", string.Empty);
        await page.Locator("main form:not([action*='handler=Delete']) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await CheckAsync(page);
        await page.GotoAsync(relationship);
        await page.Locator("a[href^='/conversations/'][href$='/edit']").First.ClickAsync();
        await page.Locator("form[action*='handler=Delete'] button[type=submit]").ClickAsync();
        await page.GotoAsync("/trash");
        await CheckAsync(page);

        // The relationship page's own forms come back to their error summary after a redirect: an empty
        // offering, and an override without its reason; then an offering corrected with its name emptied.
        await page.GotoAsync(relationship);
        await page.Locator("details#add-offering").EvaluateAsync("d => d.open = true");
        await page.Locator("form[action*='/common-ground?handler=Offering'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#errors-Offering")).ToBeFocusedAsync();
        await CheckAsync(page);
        await page.Locator("details#decide").EvaluateAsync("d => d.open = true");
        await page.Locator("form[action*='/decision?handler=Override'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#errors-Decision")).ToBeFocusedAsync();
        await CheckAsync(page);
        await page.Locator("a[href^='/offerings/'][href$='/edit']").First.ClickAsync();
        await page.FillAsync("#Offering_Description", string.Empty);
        await page.Locator("main form:not([action*='handler=Delete']) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await CheckAsync(page);
        await page.GotoAsync(relationship);
        await page.Locator("a[href^='/coincidences/'][href$='/edit']").First.ClickAsync();
        await CheckAsync(page);

        // A person's history, and a lesson corrected with its required field emptied.
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).First.ClickAsync();
        await page.GetByTestId("history-link").ClickAsync();
        await CheckAsync(page);
        await page.GotoAsync("/lessons");
        await page.Locator("#record-lesson > summary").ClickAsync();
        await page.Locator("form[action*='handler=Record'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await CheckAsync(page);
        await page.Locator("a[href^='/lessons/'][href$='/edit']").First.ClickAsync();
        await CheckAsync(page);
        await page.FillAsync("#Lesson_WhatWeLearned", string.Empty);
        await page.Locator("main form:not([action*='handler=Delete']) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await CheckAsync(page);

        await page.GotoAsync("/organizations");
        await page.Locator("a[href$='/delete']").First.ClickAsync();
        await CheckAsync(page);

        // A person's e-mails, phones and links: the form with a bad address, then the page that shows them.
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ricardo Salas" }).First.ClickAsync();
        var person = page.Url;
        await page.GotoAsync(person.Replace("/people/", "/people/edit/", StringComparison.Ordinal));
        await page.FillAsync("#Input_Emails_1__Value", "ricardo at home");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Emails-error")).ToBeVisibleAsync();
        await CheckAsync(page);
        await page.FillAsync("#Input_Emails_1__Value", "ricardo.salas.home@example.com");
        await page.FillAsync("#Input_Links_0__Value", "https://www.linkedin.com/in/ricardo-salas-example");
        await page.FillAsync("#Input_Birthday", "--06-02");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("emails")).ToContainTextAsync("ricardo.salas.home@example.com");
        await CheckAsync(page);

        // Importing people: the upload form, a file that is not contacts, and the preview of a real export.
        await page.GotoAsync("/people/import");
        await CheckAsync(page);
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "sales.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("id,amount\n1,2\n") });
        await page.Locator("form[action*='handler=Preview'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-error")).ToBeVisibleAsync();
        await CheckAsync(page);
        await page.SetInputFilesAsync("#Upload", Path.Combine(AppContext.BaseDirectory, "Fixtures", "csv", "google-legacy.csv"));
        await page.Locator("form[action*='handler=Preview'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync("Zoë Müller-Ibáñez");
        await CheckAsync(page);

        // Failed forms keep the user on the page with the message next to the field.
        await page.GotoAsync("/standing-interests");
        await page.Locator("form[action*='handler=Add'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#Description-new-error")).ToBeVisibleAsync();
        await CheckAsync(page);

        await page.GotoAsync("/account");
        await page.FillAsync("#Password_Current", "not the password");
        await page.FillAsync("#Password_New", "a brand new passphrase");
        await page.FillAsync("#Password_Confirm", "something else entirely");
        await page.Locator("form[action*='handler=Password'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error, .validation-summary-errors li").First).ToBeVisibleAsync();
        await CheckAsync(page);

        await page.GotoAsync(relationship);
        await page.Locator("form[action$='/check-ins'] button[type=submit]").ClickAsync();
        var link = await page.GetByTestId("check-in-url").InputValueAsync();
        var client = await session.NewPageAsync(culture, width: width, height: 800);
        await client.GotoAsync(link);
        await client.GetByRole(AriaRole.Group).Nth(0).GetByRole(AriaRole.Radio).Nth(2).CheckAsync();
        await client.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(client.Locator("#check-in-errors")).ToBeVisibleAsync();
        await CheckAsync(client);

        // Moving a workspace in: a new account's empty workspace, and a document with an error listed by its place.
        var newcomer = await session.NewPageAsync(culture, width: width, height: 800);
        await newcomer.GotoAsync("/signup");
        await newcomer.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(newcomer.Locator("#Input_Email-error")).ToBeVisibleAsync();
        await CheckAsync(newcomer);
        await newcomer.FillAsync("#Input_DisplayName", "Nadia Ortiz");
        await newcomer.FillAsync("#Input_Email", $"walk-{Guid.NewGuid():N}@example.com");
        await newcomer.FillAsync("#Input_Password", "a long enough passphrase");
        await newcomer.FillAsync("#Input_ConfirmPassword", "a long enough passphrase");
        await newcomer.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(newcomer).ToHaveURLAsync(new Regex("/$"));
        await Assertions.Expect(newcomer.GetByTestId("guided-start")).ToBeVisibleAsync();
        await CheckAsync(newcomer);
        await newcomer.Locator("[data-testid=guided-start] button[type=submit]").ClickAsync();
        await Assertions.Expect(newcomer.GetByTestId("error-summary")).ToBeFocusedAsync();
        await CheckAsync(newcomer);
        await newcomer.GotoAsync("/workspace/import");
        await CheckAsync(newcomer);
        await newcomer.SetInputFilesAsync("#Upload", new FilePayload
        {
            Name = "aliado.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("""{"format":"aliado-workspace","version":1,"workspace":{"name":"Mine"},"people":[{"id":"0190a0a0-0000-7000-8000-000000000001","name":""}]}"""),
        });
        await newcomer.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(newcomer.GetByTestId("import-error")).ToContainTextAsync("people[0].name");
        await CheckAsync(newcomer);

        var signedOut = await session.NewPageAsync(culture, width: width, height: 800);
        await signedOut.GotoAsync("/signin");
        await signedOut.FillAsync("#Input_Email", "nobody-here@example.com");
        await signedOut.FillAsync("#Input_Password", "not a real password");
        await signedOut.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(signedOut.Locator(".validation-summary-errors")).ToBeVisibleAsync();
        await CheckAsync(signedOut);
    }

    [Fact]
    public async Task The_check_sees_a_word_split_over_two_lines_and_passes_one_that_wraps_between_words()
    {
        var page = await session.NewPageAsync("en", width: 375, height: 800);
        await page.SetContentAsync("""
            <main><button style="width: 3.2rem; overflow-wrap: anywhere">Search</button>
            <button style="width: 5rem">Save it now</button></main>
            """);

        var broken = await page.EvaluateAsync<string[]>(BrokenWords);

        Assert.Equal(["button \"Search\""], broken);
    }

    internal static async Task CheckAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
        var broken = await page.EvaluateAsync<string[]>(BrokenWords);
        Assert.True(broken.Length == 0, $"{page.Url} breaks words mid-way: {string.Join(", ", broken)}");
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// Words of buttons, labels, headings, tags and navigation that the browser laid out over two lines
    /// ("Searc / h"): a word whose range has boxes on more than one line. Addresses and links may break.
    /// </summary>
    internal const string BrokenWords = """
        () => {
            const broken = [];
            const selector = 'button, label, th, h1, h2, h3, summary, .tag, .button, nav a, legend, dt';
            for (const element of document.querySelectorAll(selector)) {
                if (!element.offsetParent && element.tagName !== 'BODY') continue;
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const match of node.textContent.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
                        const range = document.createRange();
                        range.setStart(node, match.index);
                        range.setEnd(node, match.index + match[0].length);
                        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (tops.size > 1) broken.push(`${element.tagName.toLowerCase()} "${match[0]}"`);
                    }
                }
            }
            return [...new Set(broken)];
        }
        """;
}
