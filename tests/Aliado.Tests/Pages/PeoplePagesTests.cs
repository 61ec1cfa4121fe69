using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Pages;

public abstract class PeoplePagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<Guid> PersonAsync(Account me, string name, object? extra = null) =>
        (await (await me.Api.PostJsonAsync("/api/v1/people", extra ?? new { name })).ReadAsync(HttpStatusCode.Created)).Id();

    [Fact]
    public async Task A_person_added_through_the_form_shows_with_a_circle_built_through_the_page()
    {
        var me = await app.NewAccountAsync();
        var elena = await PersonAsync(me, "Elena Paredes");
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var created = await browser.SubmitAsync("/people/edit", ("Input.Name", "Ricardo Salas"), ("Input.Roles", "approves my work, owns the budget"), ("Input.SocialStyle", "driver"));
        var ricardo = created.Headers.Location!.OriginalString;
        var added = await browser.SubmitAsync(ricardo, [new("Tie.Kind", "reports-to"), new("Tie.OtherPersonId", elena.ToString()), new("Tie.Power", "5"), new("Tie.Interest", "4"), new("Tie.Attitude", "supporter")], $"{ricardo}?handler=AddTie");
        var (_, page) = await browser.GetAsync(ricardo);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = WebUtility.HtmlDecode(page);
        Assert.Contains("approves my work, owns the budget", html, StringComparison.Ordinal);
        Assert.Contains("Ricardo Salas reports to", html, StringComparison.Ordinal);
        Assert.Contains("Elena Paredes", html, StringComparison.Ordinal);
        Assert.Contains("Power: 5/5", html, StringComparison.Ordinal);
        var (_, elenaPage) = await browser.GetAsync($"/people/{elena}");
        Assert.Contains("Ricardo Salas", WebUtility.HtmlDecode(elenaPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walking_the_people_list_by_its_links_shows_everyone_once_in_order_both_ways()
    {
        var me = await app.NewAccountAsync();
        for (var n = 0; n < 30; n++)
        {
            await PersonAsync(me, "Ana Igual"); // the same name thirty times: the order falls to the id
        }
        for (var n = 0; n < 31; n++)
        {
            await PersonAsync(me, $"Persona {n:00}");
        }
        var expected = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People
            .OrderByDescending(p => p.IsMe).ThenBy(p => p.SearchName).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var forward = new List<List<Guid>>();
        var forwardLinks = new List<string>();
        for (var url = "/people"; ; url = Link(forwardLinks[^1], "next")!)
        {
            var html = (await browser.GetAsync(url)).Html;
            forward.Add(Rows(html));
            forwardLinks.Add(html);
            if (Link(html, "next") is null)
            {
                break;
            }
        }
        var backward = new List<List<Guid>>();
        for (var html = forwardLinks[^1]; Link(html, "prev") is { } previous;)
        {
            html = (await browser.GetAsync(previous)).Html;
            backward.Insert(0, Rows(html));
        }
        var (_, pastTheEnd) = await browser.GetAsync("/people?p=99");

        Assert.Equal(3, forward.Count);
        Assert.Equal(expected, forward.SelectMany(page => page));
        Assert.Contains("after=", Link(forwardLinks[0], "next"), StringComparison.Ordinal);
        Assert.Contains("before=", Link(forwardLinks[^1], "prev"), StringComparison.Ordinal);
        Assert.Equal(forward.Take(2).Select(page => string.Join(',', page)), backward.Select(page => string.Join(',', page)));
        Assert.Equal(forward[^1], Rows(pastTheEnd));
        Assert.Contains("Page 3 of 3", pastTheEnd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_next_link_whose_row_was_deleted_still_opens_its_page_by_number()
    {
        var me = await app.NewAccountAsync();
        for (var n = 0; n < 30; n++)
        {
            await PersonAsync(me, $"Persona {n:00}");
        }
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var first = (await browser.GetAsync("/people")).Html;
        var next = Link(first, "next")!;
        (await me.Api.DeleteAsync($"/api/v1/people/{Rows(first)[^1]}")).EnsureSuccessStatusCode();

        var (status, second) = await browser.GetAsync(next);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Equal(5, Rows(second).Count);
    }

    private static List<Guid> Rows(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<a class=\"title\" href=\"/people/([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value))];

    private static string? Link(string html, string rel) =>
        System.Text.RegularExpressions.Regex.Match(html, $"<a href=\"([^\"]+)\" rel=\"{rel}\">") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [Fact]
    public async Task Someone_not_in_the_workspace_yet_joins_the_circle_from_the_tie_form_in_one_step()
    {
        var me = await app.NewAccountAsync("es");
        var ricardo = await PersonAsync(me, "Ricardo Salas");
        var elena = await PersonAsync(me, "Elena Paredes");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);
        KeyValuePair<string, string>[] Tie(string? other, string newcomer, string power = "4") =>
            [new("Tie.Kind", "reports-to"), new("Tie.OtherPersonId", other ?? ""), new("Tie.NewPersonName", newcomer), new("Tie.Power", power), new("Tie.Interest", "3"), new("Tie.Attitude", "mentor")];

        var form = (await browser.GetAsync($"/people/{ricardo}")).Html;
        var neither = await (await browser.SubmitAsync($"/people/{ricardo}", Tie(null, " "), $"/people/{ricardo}?handler=AddTie")).BodyAsync(HttpStatusCode.OK);
        var both = await (await browser.SubmitAsync($"/people/{ricardo}", Tie(elena.ToString(), "Nora Gil", power: "9"), $"/people/{ricardo}?handler=AddTie")).BodyAsync(HttpStatusCode.OK);
        var tooLong = await (await browser.SubmitAsync($"/people/{ricardo}", Tie(null, new string('x', 201)), $"/people/{ricardo}?handler=AddTie")).BodyAsync(HttpStatusCode.OK);
        var nothingYet = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync());
        var added = await browser.SubmitAsync($"/people/{ricardo}", Tie(null, "  Nora Gil "), $"/people/{ricardo}?handler=AddTie");
        var page = WebUtility.HtmlDecode((await browser.GetAsync($"/people/{ricardo}")).Html);

        Assert.Contains("name=\"Tie.NewPersonName\"", form, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Tie_NewPersonName-hint\"", form, StringComparison.Ordinal);
        Assert.Contains("Elige a alguien de la lista o escribe el nombre de alguien nuevo.", WebUtility.HtmlDecode(neither), StringComparison.Ordinal);
        Assert.Contains("id=\"Tie_OtherPersonId-error\"", neither, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", neither, StringComparison.Ordinal);
        var bothText = WebUtility.HtmlDecode(both);
        Assert.Contains("Elige a alguien de la lista o escribe un nombre nuevo, no las dos cosas.", bothText, StringComparison.Ordinal);
        Assert.Contains("value=\"Nora Gil\"", bothText, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Tie.Power\"", both, StringComparison.Ordinal);
        Assert.Contains("id=\"Tie_NewPersonName-error\"", tooLong, StringComparison.Ordinal);
        Assert.Equal(3, nothingYet);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Nora Gil ya está en el círculo.", page, StringComparison.Ordinal);
        var nora = await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.SingleAsync(p => p.Name == "Nora Gil"));
        var tie = await app.InWorkspaceAsync(me.WorkspaceId, db => db.Ties.SingleAsync());
        Assert.Equal((ricardo, nora.Id, 4), (tie.PersonId, tie.OtherPersonId, tie.Power));
    }

    [Fact]
    public async Task The_circle_map_has_a_legend_numbers_people_for_phones_and_keeps_marks_off_the_quadrant_edges()
    {
        var me = await app.NewAccountAsync("es");
        var boss = await PersonAsync(me, "Ricardo Salas");
        var names = new[] { "Elena Paredes", "Bruno Díaz", "Carla Núñez" };
        foreach (var (name, attitude, power, interest) in new[] { (names[0], "mentor", 3, 3), (names[1], "neutral", 3, 2), (names[2], "opponent", 2, 3) })
        {
            var other = await PersonAsync(me, name);
            (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/ties", new { otherPersonId = other, kind = "peer", power, interest, attitude })).EnsureSuccessStatusCode();
        }
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var html = WebUtility.HtmlDecode((await browser.GetAsync($"/people/{boss}")).Html);
        var map = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"circle-map\">(.*?)</figure>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var wide = map[..map.IndexOf("</svg>", StringComparison.Ordinal)];
        var edges = System.Text.RegularExpressions.Regex.Matches(wide, "<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\" fill=\"#(?:eef2ff|f8fafc)\"")
            .SelectMany(m => new[] { double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) })
            .ToHashSet();
        double N(string value) => value.Length == 0 ? 0 : double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var marks = System.Text.RegularExpressions.Regex.Matches(wide, "<(?:circle cx|polygon points)=\"([0-9.]+)[^>]*stroke=\"#1f2933\"|<rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"[^>]*stroke=\"#1f2933\"")
            .Select(m => m.Groups[1].Success ? N(m.Groups[1].Value) : N(m.Groups[2].Value) + (N(m.Groups[3].Value) / 2)).ToList();

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(wide, "fill=\"#(?:eef2ff|f8fafc)\""));
        Assert.Equal(3, marks.Count);
        Assert.All(marks, x => Assert.DoesNotContain(edges, e => Math.Abs(e - x) < 8));
        Assert.Contains("Actitud hacia mí", map, StringComparison.Ordinal);
        foreach (var attitude in new[] { "Mentor", "Neutral", "En contra" })
        {
            Assert.Contains(attitude, map, StringComparison.Ordinal);
        }
        Assert.All(names, name => Assert.Matches($"<title>(\\d)\\. {name}</title>\\1</text>", map));
        Assert.Contains("<span class=\"number\" aria-hidden=\"true\">3</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_mistakes_stay_on_the_page_with_the_message_next_to_the_field()
    {
        var me = await app.NewAccountAsync("es");
        var ricardo = await PersonAsync(me, "Ricardo");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var noName = await (await browser.SubmitAsync("/people/edit", ("Input.Name", ""), ("Input.Emails[0].Value", "nope"))).BodyAsync(HttpStatusCode.OK);
        var self = await (await browser.SubmitAsync($"/people/{ricardo}", [new("Tie.Kind", "peer"), new("Tie.OtherPersonId", ricardo.ToString()), new("Tie.Power", "3"), new("Tie.Interest", "3"), new("Tie.Attitude", "neutral")], $"/people/{ricardo}?handler=AddTie")).BodyAsync(HttpStatusCode.OK);
        var badScale = await (await browser.SubmitAsync($"/people/{ricardo}", [new("Tie.Kind", "peer"), new("Tie.OtherPersonId", me.MeId.ToString()), new("Tie.Power", "mucho")], $"/people/{ricardo}?handler=AddTie")).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Este dato es obligatorio.", noName, StringComparison.Ordinal);
        Assert.Contains("Esto no parece una dirección de correo.", noName, StringComparison.Ordinal);
        Assert.Contains("Una persona no puede vincularse consigo misma.", self, StringComparison.Ordinal);
        Assert.Contains("El valor “mucho” no es válido aquí.", badScale, StringComparison.Ordinal);
        Assert.Equal(2, await app.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync()));
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Ties.CountAsync()));
    }

    [Fact]
    public async Task The_person_form_keeps_several_emails_phones_links_and_a_birthday_and_shows_them()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        KeyValuePair<string, string>[] fields =
        [
            new("Input.Name", "Marta Ibáñez"), new("Input.SocialStyle", "unknown"),
            new("Input.Emails[0].Value", "marta@acme.example"), new("Input.Emails[0].Label", "work"),
            new("Input.Emails[1].Value", ""), new("Input.Emails[1].Label", ""),
            new("Input.Emails[2].Value", "marta@home.example"), new("Input.Emails[2].Label", "home"),
            new("Input.Phones[0].Value", "+34 600 000 001"), new("Input.Phones[0].Label", "mobile"),
            new("Input.Links[0].Value", "https://marta.example"), new("Input.Links[1].Value", "javascript:alert(1)"),
            new("Input.Birthday", "--03-15"),
        ];

        var invalid = await (await browser.SubmitAsync("/people/edit", [.. fields.Select(f => f.Key == "Input.Emails[2].Value" ? new(f.Key, "marta at home") : f)])).BodyAsync(HttpStatusCode.OK);
        var created = await browser.SubmitAsync("/people/edit", fields);
        var (_, page) = await browser.GetAsync(created.Headers.Location!.OriginalString);
        var (_, edit) = await browser.GetAsync(created.Headers.Location!.OriginalString.Replace("/people/", "/people/edit/", StringComparison.Ordinal));

        Assert.Contains("id=\"Input_Emails-error\"", invalid, StringComparison.Ordinal);
        Assert.Contains("value=\"marta at home\"", invalid, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var text = WebUtility.HtmlDecode(page);
        Assert.Contains("href=\"mailto:marta@home.example\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+34 600 000 001\"", text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://marta.example\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.Ordinal);
        Assert.Contains("15 March", text, StringComparison.Ordinal);
        Assert.Contains("value=\"marta@home.example\"", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Emails[2].Value\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_asks_first_and_says_how_many_ties_go_too()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var elena = await PersonAsync(me, "Elena");
        await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "reports-to" });
        await me.Api.PostJsonAsync($"/api/v1/people/{elena}/ties", new { otherPersonId = ricardo, kind = "relies-on" });
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var (_, confirm) = await browser.GetAsync($"/people/{ricardo}/delete");
        Assert.Contains("together with the 2 ties", confirm, StringComparison.Ordinal);
        Assert.Equal(2, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Ties.CountAsync()));

        var deleted = await browser.SubmitAsync($"/people/{ricardo}/delete");

        Assert.Equal("/people", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Ties.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{me.MeId}/delete")).Status);
    }

    [Fact]
    public async Task Pages_of_another_workspace_are_not_found_and_leak_nothing()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo Confidential", new { name = "Ricardo Confidential", notes = "Fears the merger" });
        var elena = await PersonAsync(me, "Elena Confidential");
        var tie = (await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "peer" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        foreach (var url in new[] { $"/people/{ricardo}", $"/people/edit/{ricardo}", $"/people/{ricardo}/delete", $"/ties/{tie}/edit", $"/ties/{tie}/delete" })
        {
            var (status, html) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain("Confidential", html, StringComparison.Ordinal);
            Assert.DoesNotContain("merger", html, StringComparison.Ordinal);
        }
        var (_, search) = await browser.GetAsync("/people?q=confidential");
        Assert.DoesNotContain("Confidential", search.Replace("value=\"confidential\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewers_read_pages_but_get_no_forms_and_cannot_post()
    {
        var owner = await app.NewAccountAsync();
        var ricardo = await PersonAsync(owner, "Ricardo");
        var viewer = await app.NewAccountAsync();
        await app.JoinAsync(owner, viewer, WorkspaceRole.Viewer);
        var browser = new FormClient(app);
        await browser.SignInAsync(viewer.Email);
        var (_, home) = await browser.GetAsync("/");
        var switched = await browser.SubmitAsync("/", [new("workspaceId", owner.WorkspaceId.ToString())], "/workspace/switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var (status, page) = await browser.GetAsync($"/people/{ricardo}");

        Assert.Contains("workspace-switch", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("handler=AddTie", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/people/edit/{ricardo}", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/people/edit")).Status);
        var posted = await browser.SubmitAsync("/", [new("Tie.Kind", "peer"), new("Tie.OtherPersonId", owner.MeId.ToString())], $"/people/{ricardo}?handler=AddTie");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(0, await app.InWorkspaceAsync(owner.WorkspaceId, db => db.Ties.CountAsync()));
    }

    [Fact]
    public async Task The_owner_adds_members_by_email_and_the_answer_never_tells_who_has_an_account()
    {
        var owner = await app.NewAccountAsync();
        var colleague = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(owner.Email);

        var unknown = await browser.SubmitAsync("/workspace/members", [new("Input.Email", "ghost@example.com"), new("Input.Role", "editor")], "/workspace/members?handler=Add");
        var unknownFlash = (await browser.GetAsync("/workspace/members")).Html;
        var added = await browser.SubmitAsync("/workspace/members", [new("Input.Email", colleague.Email), new("Input.Role", "viewer")], "/workspace/members?handler=Add");
        var addedFlash = (await browser.GetAsync("/workspace/members")).Html;
        var twice = await browser.SubmitAsync("/workspace/members", [new("Input.Email", colleague.Email), new("Input.Role", "viewer")], "/workspace/members?handler=Add");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (unknown.StatusCode, added.StatusCode, twice.StatusCode));
        string Flash(string html) => System.Text.RegularExpressions.Regex.Match(html, "<p class=\"flash\"[^>]*>(.*?)</p>").Groups[1].Value.Replace("ghost@example.com", "X", StringComparison.Ordinal).Replace(colleague.Email, "X", StringComparison.Ordinal);
        Assert.Equal(Flash(unknownFlash), Flash(addedFlash));
        Assert.Equal(2, await app.InWorkspaceAsync(owner.WorkspaceId, db => db.Memberships.CountAsync(m => m.WorkspaceId == owner.WorkspaceId)));
        var role = await app.InWorkspaceAsync(owner.WorkspaceId, db => db.Memberships.Where(m => m.WorkspaceId == owner.WorkspaceId && m.UserId == colleague.UserId).Select(m => m.Role).SingleAsync());
        Assert.Equal(WorkspaceRole.Viewer, role);
    }
}

public sealed class PeoplePagesOnSqlite(SqliteApp app) : PeoplePagesTests<SqliteApp>(app);

public sealed class PeoplePagesOnPostgres(PostgresApp app) : PeoplePagesTests<PostgresApp>(app);
