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

        foreach (var url in new[] { $"/relationships/{relationship}", $"/relationships/edit/{relationship}", $"/relationships/{relationship}/delete", $"/interests/{interest}/edit", $"/offerings/{offering}/edit" })
        {
            var (status, html) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain("merger", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Confidential", html, StringComparison.Ordinal);
        }
        var (_, list) = await browser.GetAsync("/relationships");
        Assert.DoesNotContain("Confidential", list, StringComparison.Ordinal);
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

        var made = await browser.SubmitAsync(url, [new("checkInCulture", "es")], $"{url}?handler=CheckIn");
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
        Assert.DoesNotContain("handler=Accept", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=AddClientInterest", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/relationships/edit")).Status);
        var decided = await browser.SubmitAsync("/", [], $"/relationships/{relationship}?handler=Accept");
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
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

        var empty = await (await browser.SubmitAsync(url, [new("Interaction.Summary", " "), new("Interaction.Channel", "call"), new("Interaction.Listening", "4")], $"{url}?handler=Log")).BodyAsync(HttpStatusCode.OK);
        var logged = await browser.SubmitAsync(url, [new("Interaction.Summary", "Walked through the draft"), new("Interaction.Channel", "call"), new("Interaction.Listening", "4"), new("Interaction.OccurredAt", DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))], $"{url}?handler=Log");
        var (_, page) = await browser.GetAsync(url);

        Assert.Contains("This is required.", empty, StringComparison.Ordinal);
        Assert.Contains("action=\"/relationships/" + relationship + "?handler=Log#log\"", empty, StringComparison.Ordinal);
        Assert.Contains("<details class=\"add\" id=\"log\" open", empty, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-summary\"", empty, StringComparison.Ordinal);
        Assert.Matches("<select id=\"interaction-Listening\"[^>]*>.*<option value=\"4\" selected", empty);
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

        var page = await (await browser.SubmitAsync($"/relationships/{relationship}", [new("OverrideReason", " ")], $"/relationships/{relationship}?handler=Override")).BodyAsync(HttpStatusCode.OK);

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
        var noInterest = await (await browser.SubmitAsync(url, [new("Proposal.Title", "Mapa de incendios")], $"{url}?handler=Propose")).BodyAsync(HttpStatusCode.OK);
        var made = await browser.SubmitAsync(url, [new("Proposal.Title", "Mapa de incendios"), new("Proposal.InterestIds", interest.ToString())], $"{url}?handler=Propose");
        var proposal = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/proposals")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var declined = await browser.SubmitAsync(url, [new("Answer.ProposalId", proposal.ToString()), new("Answer.Answer", "declined"), new("Answer.Reaction", "unknown")], $"{url}?handler=Answer");
        var page = WebUtility.HtmlDecode((await browser.GetAsync(url)).Html);
        var again = WebUtility.HtmlDecode(await (await browser.SubmitAsync(url, [new("Answer.ProposalId", proposal.ToString()), new("Answer.Answer", "accepted")], $"{url}?handler=Answer")).BodyAsync(HttpStatusCode.OK));

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

        var outOfRange = await (await browser.SubmitAsync(url, [new("Pulse.OnTheirSide", "9"), new("Pulse.GettingWhatTheyBuy", "4")], $"{url}?handler=Pulse")).BodyAsync(HttpStatusCode.OK);
        var taken = await browser.SubmitAsync(url, [new("Pulse.OnTheirSide", "2"), new("Pulse.GettingWhatTheyBuy", "4"), new("Pulse.Evidence", "Skipped my last two updates")], $"{url}?handler=Pulse");
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

        var logged = await browser.SubmitAsync(url, [new("Interaction.Summary", "Early call"), new("Interaction.Channel", "call"), new("Interaction.OccurredAt", local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))], $"{url}?handler=Log");
        var stored = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions")).ReadAsync(HttpStatusCode.OK))["items"]![0]!["occurredAt"]!.GetValue<DateTime>();

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(local.AddHours(-9), stored.ToUniversalTime());
    }
}

public sealed class RelationshipPagesOnSqlite(SqliteApp app) : RelationshipPagesTests<SqliteApp>(app);

public sealed class RelationshipPagesOnPostgres(PostgresApp app) : RelationshipPagesTests<PostgresApp>(app);
