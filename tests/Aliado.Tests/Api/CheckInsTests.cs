using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

/// <summary>The client's own voice: a private link that asks the two pulse questions once.</summary>
public abstract class CheckInsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private sealed record Case(Account Me, Guid Relationship);

    private async Task<Case> CaseAsync()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Salas" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Secret fear of the merger", importance = 5, evidence = "Said it after two drinks" })).EnsureSuccessStatusCode();
        return new Case(me, relationship);
    }

    private static async Task<string> LinkAsync(Case c, string culture = "es")
    {
        var made = await (await c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/check-ins", new { culture })).ReadAsync(HttpStatusCode.Created);
        Assert.True(made["expiresAt"]!.GetValue<DateTime>() > DateTime.UtcNow.AddDays(13));
        return new Uri(made.Text("url")).AbsolutePath;
    }

    private static KeyValuePair<string, string>[] Answers(int side, int buys, string comment = "") =>
        [new("Input.OnMySide", side.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.GettingWhatIBuy", buys.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Comment", comment)];

    [Fact]
    public async Task The_client_answers_in_their_language_and_the_answer_becomes_a_pulse_in_their_voice()
    {
        var c = await CaseAsync();
        (await c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/pulses", new { onTheirSide = 5, gettingWhatTheyBuy = 5, takenAt = DateTime.UtcNow.AddDays(-1) })).EnsureSuccessStatusCode();
        var url = await LinkAsync(c, "es");
        var client = new FormClient(app, "en");

        var (status, page) = await client.GetAsync(url);
        var missing = await (await client.SubmitAsync(url, [new("Input.OnMySide", "2")])).BodyAsync(HttpStatusCode.OK);
        var sent = await client.SubmitAsync(url, Answers(2, 4, "Me gustaría más avisos antes de los cambios"));
        var (_, after) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("¿Sientes que", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("merger", page, StringComparison.Ordinal);
        Assert.DoesNotContain("drinks", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/relationships", page, StringComparison.Ordinal);
        Assert.True(missing.Contains("Responde las dos preguntas", StringComparison.Ordinal), missing);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Gracias", WebUtility.HtmlDecode(after), StringComparison.Ordinal);

        var pulses = (await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var theirs = Assert.Single(pulses, p => p!.Text("source") == "client")!;
        Assert.Equal((2, 4, "Me gustaría más avisos antes de los cambios"), (theirs["onTheirSide"]!.GetValue<int>(), theirs["gettingWhatTheyBuy"]!.GetValue<int>(), theirs.Text("evidence")));
        Assert.Equal("me", Assert.Single(pulses, p => p!.Text("source") == "me")!.Text("source"));
        var health = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/health")).ReadAsync(HttpStatusCode.OK);
        Assert.Contains(health["reasons"]!.AsArray(), r => r!.Text("code") == "voices-differ" && r!.Text("text").Contains('3', StringComparison.Ordinal));
        var list = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/check-ins")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(theirs.Id(), Assert.Single(list.AsArray())!["pulseId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_link_answers_once_even_when_answers_arrive_together()
    {
        var c = await CaseAsync();
        var url = await LinkAsync(c);
        var forms = new List<Func<IEnumerable<KeyValuePair<string, string>>, Task<HttpResponseMessage>>>();
        for (var i = 0; i < 8; i++)
        {
            forms.Add(await new FormClient(app).HoldFormAsync(url));
        }

        var responses = await Task.WhenAll(forms.Select((post, i) => post(Answers(1 + (i % 5), 3))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var pulses = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/pulses")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(1, pulses["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_expired_and_orphaned_links_say_so_or_are_not_found()
    {
        var c = await CaseAsync();
        var expired = await LinkAsync(c, "en");
        await app.InWorkspaceAsync(c.Me.WorkspaceId, db => db.CheckIns.ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var anonymous = new FormClient(app);

        var (unknownStatus, _) = await anonymous.GetAsync("/check-in/aliado_not-a-real-link");
        var (expiredStatus, expiredPage) = await anonymous.GetAsync(expired);

        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal(HttpStatusCode.OK, expiredStatus);
        Assert.Contains("expired", expiredPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"stack\"", expiredPage, StringComparison.Ordinal);
        Assert.Equal(0, (await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_link_dies_when_the_member_who_made_it_loses_access()
    {
        var owner = await CaseAsync();
        var member = await app.NewAccountAsync();
        var memberApi = await app.JoinAsync(owner.Me, member, WorkspaceRole.Editor);
        var made = await (await memberApi.PostJsonAsync($"/api/v1/relationships/{owner.Relationship}/check-ins", new { })).ReadAsync(HttpStatusCode.Created);
        var url = new Uri(made.Text("url")).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await new FormClient(app).GetAsync(url)).Status);

        await app.InWorkspaceAsync(owner.Me.WorkspaceId, db => db.Memberships.Where(m => m.UserId == member.UserId && m.WorkspaceId == owner.Me.WorkspaceId).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await new FormClient(app).GetAsync(url)).Status);
    }

    [Fact]
    public async Task Only_editors_of_the_workspace_make_links_and_bad_languages_are_refused()
    {
        var c = await CaseAsync();
        var stranger = await app.NewAccountAsync();
        var viewer = await app.NewAccountAsync();
        var viewerApi = await app.JoinAsync(c.Me, viewer, WorkspaceRole.Viewer);

        await (await stranger.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/check-ins", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/check-ins")).ProblemAsync(HttpStatusCode.NotFound);
        await (await viewerApi.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/check-ins", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/check-ins", new { culture = "fr" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(bad.FieldErrors("culture"));
        Assert.Equal(0, await app.InWorkspaceAsync(c.Me.WorkspaceId, db => db.CheckIns.CountAsync()));
    }
}

public sealed class CheckInsOnSqlite(SqliteApp app) : CheckInsTests<SqliteApp>(app);

public sealed class CheckInsOnPostgres(PostgresApp app) : CheckInsTests<PostgresApp>(app);

/// <summary>An app whose anonymous links allow only three requests a minute, to see the limit bite.</summary>
public sealed class TightlyLimitedApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AnonymousLinksPerMinute", "3");
        builder.UseSetting("RateLimits:DoorsPerMinute", "3");
        builder.UseSetting("RateLimits:ApiPerMinute", "5");
    }
}

public sealed class CheckInRateLimitTests(TightlyLimitedApp app) : IClassFixture<TightlyLimitedApp>
{
    [Fact]
    public async Task Guessing_links_is_rate_limited_with_a_retry_after_and_a_localized_page()
    {
        var client = app.Client(null, "es");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync($"/check-in/aliado_guess{i}");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : refused;
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Demasiados intentos", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_passwords_is_rate_limited_per_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var browser = new FormClient(app, "es");
            var response = await browser.SubmitAsync("/signin", ("Input.Email", "nobody@example.com"), ("Input.Password", $"guess number {i}"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task The_api_is_rate_limited_per_token_with_a_localized_problem()
    {
        var me = await app.NewAccountAsync("es");
        var other = await app.NewAccountAsync();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await me.Api.GetAsync("/api/v1/me");
        }

        var problem = await last!.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Demasiadas solicitudes", problem.Text("title"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.Api.GetAsync("/api/v1/me")).StatusCode);
    }
}
