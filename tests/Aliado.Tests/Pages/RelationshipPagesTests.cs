using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Pages;

public abstract class RelationshipPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<(Guid Relationship, Guid Interest, Guid Offering)> CaseAsync(Account me)
    {
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Confidential" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "fears the merger", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var offering = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "secret plan", servesInterestIds = new[] { interest } })).ReadAsync(HttpStatusCode.Created)).Id();
        return (relationship, interest, offering);
    }

    [Fact]
    public async Task Relationship_pages_of_another_workspace_are_not_found_and_leak_nothing()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest, offering) = await CaseAsync(me);
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        foreach (var url in new[] { $"/relationships/{relationship}", $"/relationships/edit/{relationship}", $"/relationships/{relationship}/delete", $"/interests/{interest}/edit", $"/offerings/{offering}/edit", $"/relationships/{relationship}/conversations", $"/relationships/{relationship}/proposals", $"/relationships/{relationship}/pulses", $"/relationships/{relationship}/interests" })
        {
            var (status, html) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain("merger", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Confidential", html, StringComparison.Ordinal);
        }
        var (_, list) = await browser.GetAsync("/relationships");
        Assert.DoesNotContain("Confidential", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Under “Health”, this link asks for “sideways”, which is not one of the choices, so the portfolio is shown without it.")]
    [InlineData("es", "En «Salud», este enlace pide «sideways», que no es ninguna de las opciones; por eso la cartera se muestra sin ese criterio.")]
    public async Task A_dashboard_link_with_an_unknown_filter_says_so_at_the_top_and_keeps_the_other_filters(string culture, string said)
    {
        var me = await app.NewAccountAsync(culture);
        await CaseAsync(me);
        var browser = new FormClient(app, culture);
        await browser.SignInAsync(me.Email);

        var (status, html) = await browser.GetAsync("/?health=sideways&q=Ricardo");
        var (_, narrowed) = await browser.GetAsync("/?health=sideways&q=Nobody");
        var tooLong = new string('x', Aliado.Core.Limits.ShortText + 1);
        var (longStatus, longSearch) = await browser.GetAsync($"/?q={tooLong}");

        Assert.Equal(HttpStatusCode.OK, status);
        html = WebUtility.HtmlDecode(html);
        Assert.Contains(said, html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(said, StringComparison.Ordinal) < html.IndexOf("data-testid=\"agenda\"", StringComparison.Ordinal), "The notice comes before the agenda.");
        Assert.DoesNotContain("good, watch", html, StringComparison.Ordinal);
        Assert.Contains("Ricardo Confidential", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ricardo Confidential", WebUtility.HtmlDecode(narrowed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, longStatus);
        Assert.Contains($"value=\"{tooLong}\" aria-invalid=\"true\" aria-describedby=\"portfolio-q-error\"", longSearch, StringComparison.Ordinal);
        Assert.Contains("id=\"portfolio-q-error\"", longSearch, StringComparison.Ordinal);
        Assert.Contains("Ricardo Confidential", WebUtility.HtmlDecode(longSearch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delete_confirmation_names_everything_that_goes_with_the_relationship()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest, _) = await CaseAsync(me);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = "Catch-up" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var confirm = WebUtility.HtmlDecode((await browser.GetAsync($"/relationships/{relationship}/delete")).Html);

        Assert.Contains("1 interest, 1 offering, 1 conversation, 1 pulse", confirm, StringComparison.Ordinal);
        Assert.Contains("The people stay", confirm, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, interest);
    }

    [Fact]
    public async Task A_check_in_link_is_made_on_the_page_shown_once_and_opens_for_the_client()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var made = await browser.SubmitAsync(url, [new("checkInCulture", "es")], $"{url}/check-ins");
        var shown = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var again = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var link = System.Text.RegularExpressions.Regex.Match(shown, "data-testid=\"check-in-url\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*data-testid=\"check-in-url\"");
        var address = link.Groups[1].Success ? link.Groups[1].Value : link.Groups[2].Value;

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Contains("/check-in/", address, StringComparison.Ordinal);
        Assert.DoesNotContain(address, again, StringComparison.Ordinal);
        var (status, page) = await new FormClient(app).GetAsync(new Uri(address).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("¿Sientes que", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_case_but_cannot_decide_or_record()
    {
        var owner = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(owner);
        var viewer = await app.NewAccountAsync();
        await app.JoinAsync(owner, viewer, WorkspaceRole.Viewer);
        var browser = new FormClient(app);
        await browser.SignInAsync(viewer.Email);
        await browser.SubmitAsync("/", [new("workspaceId", owner.WorkspaceId.ToString())], "/workspace/switch");

        var (status, page) = await browser.GetAsync($"/relationships/{relationship}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("fears the merger", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/decision?handler=Accept", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/interests?handler=Client", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/relationships/edit")).Status);
        var decided = await browser.SubmitAsync("/", [], $"/relationships/{relationship}/decision?handler=Accept");
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
        var logged = await browser.SubmitAsync("/", [new("Interaction.Summary", "Sneaky")], $"/relationships/{relationship}/conversations");
        Assert.Equal(HttpStatusCode.Forbidden, logged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/relationships/{relationship}/conversations")).Status);
        var verdict = await (await owner.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
    }

    [Fact]
    public async Task The_owner_changes_the_thresholds_on_the_members_page_and_mistakes_are_explained()
    {
        var me = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var wrong = await (await browser.SubmitAsync("/workspace/members", [new("Thresholds.MinimumCoincidencePercent", "150"), new("Thresholds.WantedImportance", "4")], "/workspace/members?handler=Thresholds")).BodyAsync(HttpStatusCode.OK);
        var saved = await browser.SubmitAsync("/workspace/members", [new("Thresholds.MinimumCoincidencePercent", "40"), new("Thresholds.WantedImportance", "5")], "/workspace/members?handler=Thresholds");

        Assert.Contains("Usa un número entero del 0 al 100.", wrong, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var policy = await (await me.Api.GetAsync("/api/v1/workspace/verdict-policy")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal((40, 5), (policy["minimumCoincidencePercent"]!.GetValue<int>(), policy["wantedImportance"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_conversation_is_logged_on_the_relationship_page_and_an_empty_one_is_explained()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var failed = await browser.SubmitAsync(url, [new("Interaction.Summary", " "), new("Interaction.Channel", "call"), new("Interaction.Listening", "4")], $"{url}/conversations");
        var (_, empty) = await browser.GetAsync(failed.Headers.Location!.OriginalString);
        var (_, reloaded) = await browser.GetAsync(url);
        var logged = await browser.SubmitAsync(url, [new("Interaction.Summary", "Walked through the draft"), new("Interaction.Channel", "call"), new("Interaction.Listening", "4"), new("Interaction.OccurredAt", DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))], $"{url}/conversations");
        var (_, page) = await browser.GetAsync(url);

        Assert.Equal((HttpStatusCode.Redirect, $"/relationships/{relationship}#errors-Interaction"), (failed.StatusCode, failed.Headers.Location!.OriginalString));
        Assert.Contains("This is required.", empty, StringComparison.Ordinal);
        Assert.Contains("action=\"/relationships/" + relationship + "/conversations\"", empty, StringComparison.Ordinal);
        Assert.Contains("<details class=\"add\" id=\"log\" open", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("This is required.", reloaded, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-summary\"", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Interaction_Summary\" data-field=\"Interaction.Summary\">This is required.</a>", empty, StringComparison.Ordinal);
        Assert.Matches("<textarea(?=[^>]*id=\"Interaction_Summary\")(?=[^>]*aria-invalid=\"true\")(?=[^>]*aria-describedby=\"Interaction_Summary-error\")", empty);
        Assert.Matches("<select[^>]*id=\"Interaction_Channel\"[^>]*>.*<option value=\"call\" selected", empty);
        Assert.Matches("<select[^>]*id=\"Interaction_Listening\"[^>]*>.*<option value=\"4\" selected", empty);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Contains("Walked through the draft", page, StringComparison.Ordinal);
        Assert.Matches("Conversation of [^<]+ saved; Ricardo Confidential is due again on ", System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains("Due for a touch", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_override_reason_is_explained_next_to_the_field_and_nothing_is_decided()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var failed = await browser.SubmitAsync($"/relationships/{relationship}", [new("Decision.Reason", " ")], $"/relationships/{relationship}/decision?handler=Override");
        var (_, page) = await browser.GetAsync(failed.Headers.Location!.OriginalString);

        Assert.Contains("Este dato es obligatorio.", page, StringComparison.Ordinal);
        var verdict = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
    }

    [Fact]
    public async Task A_proposal_is_made_and_declined_on_the_page_and_the_decline_is_read_kindly()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, interest, _) = await CaseAsync(me);
        await me.Api.AlignAsync(relationship, interest);
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var warned = (await browser.GetAsync(url)).Html;
        await browser.SubmitAsync(url, [new("Proposal.Title", "Mapa de incendios")], $"{url}/proposals");
        var (_, noInterest) = await browser.GetAsync(url);
        var made = await browser.SubmitAsync(url, [new("Proposal.Title", "Mapa de incendios"), new("Proposal.InterestIds", interest.ToString())], $"{url}/proposals");
        var proposal = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/proposals")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var declined = await browser.SubmitAsync(url, [new("Answer.ProposalId", proposal.ToString()), new("Answer.Answer", "declined"), new("Answer.Reaction", "unknown")], $"{url}/proposals?handler=Answer");
        var page = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var answeredTwice = await browser.SubmitAsync(url, [new("Answer.ProposalId", proposal.ToString()), new("Answer.Answer", "accepted")], $"{url}/proposals?handler=Answer");
        var again = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);

        Assert.Equal($"/relationships/{relationship}#errors-Answer", answeredTwice.Headers.Location!.OriginalString);
        Assert.Contains("Esta propuesta ya tiene respuesta.", again, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unproposed\"", warned, StringComparison.Ordinal);
        Assert.Contains("Este dato es obligatorio.", noInterest, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (made.StatusCode, declined.StatusCode));
        Assert.DoesNotContain("data-testid=\"unproposed\"", page, StringComparison.Ordinal);
        Assert.Contains("probablemente se bloqueó o lo pensó bien", page, StringComparison.Ordinal);
        Assert.Contains("Seguimiento sugerido el", page, StringComparison.Ordinal);
        Assert.Contains("Noes asimilados hasta ahora: 1. Sigues adelante.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pulse_taken_on_the_page_draws_the_trend_and_sets_the_health()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";
        var (_, before) = await browser.GetAsync(url);

        await browser.SubmitAsync(url, [new("Pulse.OnTheirSide", "9"), new("Pulse.GettingWhatTheyBuy", "4")], $"{url}/pulses");
        var (_, outOfRange) = await browser.GetAsync(url);
        var taken = await browser.SubmitAsync(url, [new("Pulse.OnTheirSide", "2"), new("Pulse.GettingWhatTheyBuy", "4"), new("Pulse.Evidence", "Skipped my last two updates")], $"{url}/pulses");
        var (_, page) = await browser.GetAsync(url);

        Assert.Contains("data-testid=\"health-status\">No pulse yet<", before, StringComparison.Ordinal);
        Assert.Contains("Use a whole number from 1 to 5.", outOfRange, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Contains("data-testid=\"pulse-trend\"", page, StringComparison.Ordinal);
        Assert.Contains("The latest pulse is low (2 of 5).", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"health-status\">At risk<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"trust-trend\"", page, StringComparison.Ordinal);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 3, gettingWhatTheyBuy = 4, credibility = 6, reliability = 7, intimacy = 5, selfOrientation = 4 })).EnsureSuccessStatusCode();
        var withTrust = (await browser.GetAsync(url)).Html;
        Assert.Contains("data-testid=\"trust-trend\"", withTrust, StringComparison.Ordinal);
        Assert.Contains("Latest trust: 4.5 (pulses with trust ratings: 1)", withTrust, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_relationship_page_reads_a_long_history_in_the_same_few_statements_as_a_new_case()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest, _) = await CaseAsync(me);
        await me.Api.AlignAsync(relationship, interest);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";
        async Task<int> CountAsync()
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).Status);
            app.Queries.Reset();
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).Status);
            return app.Queries.Count;
        }

        var few = await CountAsync();
        for (var i = 0; i < 12; i++)
        {
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = $"Call {i}", reinforcedInterestIds = new[] { interest } })).EnsureSuccessStatusCode();
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 1 + (i % 5), gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
            var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = $"Idea {i}", interestIds = new[] { interest } })).ReadAsync(HttpStatusCode.Created)).Id();
            if (i % 2 == 0)
            {
                (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined" })).EnsureSuccessStatusCode();
            }
        }
        var many = await CountAsync();
        var boss = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK))["clientId"]!.GetValue<Guid>();
        var traits = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray()[0]!["traits"]!.AsArray().Take(2).Select(t => t!.Id());
        (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/assessments", new { traitIds = traits })).EnsureSuccessStatusCode();
        var assessed = await CountAsync();

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 8);
        Assert.True(assessed <= 8, string.Join("\n---\n", app.Queries.Commands));
    }

    [Fact]
    public async Task The_page_lists_the_latest_five_of_each_history_and_links_to_all_of_them()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest, _) = await CaseAsync(me);
        await me.Api.AlignAsync(relationship, interest);
        for (var i = 1; i <= 7; i++)
        {
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = $"Call number {i}", occurredAt = DateTime.UtcNow.AddDays(i - 30) })).EnsureSuccessStatusCode();
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 4, evidence = $"Pulse number {i}", takenAt = DateTime.UtcNow.AddDays(i - 30) })).EnsureSuccessStatusCode();
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = $"Idea number {i}", interestIds = new[] { interest }, proposedAt = DateTime.UtcNow.AddDays(i - 30) })).EnsureSuccessStatusCode();
        }
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var page = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var conversations = WebUtility.HtmlDecode((await browser.GetAsync($"{url}/conversations")).Html);
        var proposals = WebUtility.HtmlDecode((await browser.GetAsync($"{url}/proposals")).Html);
        var pulses = WebUtility.HtmlDecode((await browser.GetAsync($"{url}/pulses")).Html);

        foreach (var (noun, all) in new[] { ("Call", conversations), ("Idea", proposals), ("Pulse", pulses) })
        {
            Assert.Contains($"{noun} number 7", page, StringComparison.Ordinal);
            Assert.Contains($"{noun} number 3", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"{noun} number 2<", page, StringComparison.Ordinal);
            Assert.All(Enumerable.Range(1, 7), n => Assert.Contains($"{noun} number {n}<", all, StringComparison.Ordinal));
        }
        Assert.Contains("See all 7 conversations", page, StringComparison.Ordinal);
        Assert.Contains("See all 7 proposals", page, StringComparison.Ordinal);
        Assert.Contains("See all 7 pulses", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"summary\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_standing_interest_is_added_from_its_own_page_with_one_click()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, _, _) = await CaseAsync(me);
        var standing = (await (await me.Api.PostJsonAsync("/api/v1/standing-interests", new { description = "Liderar un equipo", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var before = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var offer = WebUtility.HtmlDecode((await browser.GetAsync($"{url}/interests")).Html);
        var used = await browser.SubmitAsync($"{url}/interests", [], $"{url}/interests?handler=Standing&standingId={standing}");
        var after = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var none = WebUtility.HtmlDecode((await browser.GetAsync($"{url}/interests")).Html);

        Assert.Contains("Agregar uno de tus intereses permanentes (1 en total)", before, StringComparison.Ordinal);
        Assert.Contains("Agregar «Liderar un equipo» (5/5)", offer, StringComparison.Ordinal);
        Assert.Equal($"{url}#step-3", used.Headers.Location!.OriginalString);
        Assert.Contains("Liderar un equipo", after, StringComparison.Ordinal);
        Assert.Contains("Todos tus intereses permanentes ya están en esta relación.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_shown_and_read_in_the_users_time_zone()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(me);
        await app.InWorkspaceAsync(me.WorkspaceId, async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == me.UserId);
            user.TimeZone = "Asia/Tokyo";
            return await db.SaveChangesAsync();
        });
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";
        var local = DateTime.UtcNow.AddDays(-2).Date.AddHours(7);

        var logged = await browser.SubmitAsync(url, [new("Interaction.Summary", "Early call"), new("Interaction.Channel", "call"), new("Interaction.OccurredAt", local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))], $"{url}/conversations");
        var stored = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions")).ReadAsync(HttpStatusCode.OK))["items"]![0]!["occurredAt"]!.GetValue<DateTime>();

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(local.AddHours(-9), stored.ToUniversalTime());
    }
}

public sealed class RelationshipPagesOnSqlite(SqliteApp app) : RelationshipPagesTests<SqliteApp>(app);

public sealed class RelationshipPagesOnPostgres(PostgresApp app) : RelationshipPagesTests<PostgresApp>(app);
