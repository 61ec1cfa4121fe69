using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>The brief before a meeting: one printed page, and the same content as Markdown.</summary>
public abstract class BriefTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<Guid> CaseAsync(Account me)
    {
        var org = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Grupo Andino" })).ReadAsync(HttpStatusCode.Created)).Id();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Salas", position = "Operations manager", organizationId = org })).ReadAsync(HttpStatusCode.Created)).Id();
        var elena = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena Paredes" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/ties", new { otherPersonId = elena, kind = "reports-to", power = 5, interest = 4, attitude = "supporter" })).EnsureSuccessStatusCode();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        async Task<Guid> Interest(object body) => (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", body)).ReadAsync(HttpStatusCode.Created)).Id();
        var fires = await Interest(new { holder = "client", description = "Fewer *operational* fires", importance = 5, visibility = "stated", confidence = 5 });
        var stay = await Interest(new { holder = "client", description = "Stay with his team", importance = 3, scope = "personal", visibility = "inferred", confidence = 2 });
        var evenings = await Interest(new { holder = "provider", description = "Free evenings", importance = 2 });
        await me.Api.AlignAsync(relationship, fires);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = evenings, clientInterestId = stay, strength = "conflict" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Weekend cover", willingness = "unwilling", clientBuys = "no" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(-5), summary = "Catch-up", nextSteps = "Send the incident list by Friday" })).EnsureSuccessStatusCode();
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Weekly report", interestIds = new[] { fires }, proposedAt = DateTime.UtcNow.AddDays(-4) })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-3), reaction = "unknown", behind = "A budget freeze" })).EnsureSuccessStatusCode();
        return relationship;
    }

    [Fact]
    public async Task The_markdown_brief_covers_the_client_the_verdict_the_open_no_and_what_to_ask()
    {
        var me = await app.NewAccountAsync();
        var relationship = await CaseAsync(me);

        var response = await me.Api.GetAsync($"/api/v1/relationships/{relationship}/brief");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Brief: Ricardo Salas", markdown, StringComparison.Ordinal);
        Assert.Contains("Ricardo Salas · Operations manager · Grupo Andino", markdown, StringComparison.Ordinal);
        Assert.Contains("reports to Elena Paredes (supporter, power 5/5)", markdown, StringComparison.Ordinal);
        Assert.Contains(@"- Fewer \*operational\* fires: importance 5/5, sure 5/5, stated", markdown, StringComparison.Ordinal);
        Assert.Contains("Stay with his team: importance 3/5, sure 2/5, inferred (still to study)", markdown, StringComparison.Ordinal);
        Assert.Contains("Mine, “Free evenings”, clashes with theirs, “Stay with his team”", markdown, StringComparison.Ordinal);
        Assert.Contains("- Weekend cover", markdown, StringComparison.Ordinal);
        Assert.Contains("Proceed · not decided yet", markdown, StringComparison.Ordinal);
        Assert.Contains("Send the incident list by Friday", markdown, StringComparison.Ordinal);
        Assert.Contains("“Weekly report”", markdown, StringComparison.Ordinal);
        Assert.Contains("A budget freeze", markdown, StringComparison.Ordinal);
        Assert.Contains("About “Stay with his team”: what would it change for you", markdown, StringComparison.Ordinal);
        Assert.Contains("has not been assessed yet", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_brief_is_one_page_without_navigation_or_forms_in_the_readers_language()
    {
        var me = await app.NewAccountAsync("es");
        var relationship = await CaseAsync(me);
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var (status, html) = await browser.GetAsync($"/relationships/{relationship}/brief");
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", page, StringComparison.Ordinal);
        Assert.Contains("Resumen: Ricardo Salas", page, StringComparison.Ordinal);
        Assert.Contains("Dónde chocamos", page, StringComparison.Ordinal);
        Assert.Contains("Sobre «Stay with his team»", page, StringComparison.Ordinal);
        Assert.Contains("/relationships/" + relationship + "/brief", (await browser.GetAsync($"/relationships/{relationship}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_workspace_gets_no_brief()
    {
        var me = await app.NewAccountAsync();
        var relationship = await CaseAsync(me);
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        await (await stranger.Api.GetAsync($"/api/v1/relationships/{relationship}/brief")).ProblemAsync(HttpStatusCode.NotFound);
        var (status, html) = await browser.GetAsync($"/relationships/{relationship}/brief");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Ricardo", html, StringComparison.Ordinal);
    }
}

public sealed class BriefOnSqlite(SqliteApp app) : BriefTests<SqliteApp>(app);

public sealed class BriefOnPostgres(PostgresApp app) : BriefTests<PostgresApp>(app);
