using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>
/// Notes about people are private: another account, with a perfectly valid token, can neither read nor
/// change anything in my workspace through any route. It gets a 404 (never a hint that the row exists).
/// </summary>
public abstract class IsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private sealed record Mine(Guid Person, Guid Other, Guid Organization, Guid Tie);

    private async Task<(Account Me, Account Stranger, Mine Ids)> TwoWorkspacesAsync()
    {
        var me = await app.NewAccountAsync();
        var stranger = await app.NewAccountAsync();
        var organization = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Secret Org" })).ReadAsync(HttpStatusCode.Created)).Id();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Confidential", notes = "Worried about the merger.", organizationId = organization })).ReadAsync(HttpStatusCode.Created)).Id();
        var other = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena Confidential" })).ReadAsync(HttpStatusCode.Created)).Id();
        var tie = (await (await me.Api.PostJsonAsync($"/api/v1/people/{person}/ties", new { otherPersonId = other, kind = "reports-to" })).ReadAsync(HttpStatusCode.Created)).Id();
        return (me, stranger, new Mine(person, other, organization, tie));
    }

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/v1/people/{person}" },
        { "PUT", "/api/v1/people/{person}" },
        { "DELETE", "/api/v1/people/{person}" },
        { "GET", "/api/v1/people/{person}/ties" },
        { "POST", "/api/v1/people/{person}/ties" },
        { "GET", "/api/v1/organizations/{organization}" },
        { "PUT", "/api/v1/organizations/{organization}" },
        { "DELETE", "/api/v1/organizations/{organization}" },
        { "GET", "/api/v1/ties/{tie}" },
        { "PUT", "/api/v1/ties/{tie}" },
        { "DELETE", "/api/v1/ties/{tie}" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Another_account_gets_404_and_changes_nothing(string method, string template)
    {
        var (me, stranger, ids) = await TwoWorkspacesAsync();
        var strangerPerson = (await (await stranger.Api.PostJsonAsync("/api/v1/people", new { name = "Decoy" })).ReadAsync(HttpStatusCode.Created)).Id();
        var url = template.Replace("{person}", ids.Person.ToString()).Replace("{organization}", ids.Organization.ToString()).Replace("{tie}", ids.Tie.ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "PUT" or "POST")
        {
            // A body every route can read (a tie's kind is no organization's kind), so only the ownership check can refuse it.
            request.Content = JsonContent(template.Contains("organizations", StringComparison.Ordinal)
                ? new { name = "Hijacked", otherPersonId = strangerPerson, kind = "team" }
                : new { name = "Hijacked", otherPersonId = strangerPerson, kind = "peer" });
        }

        var response = await stranger.Api.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("Confidential", problem.ToJsonString(), StringComparison.Ordinal);
        var person = await (await me.Api.GetAsync($"/api/v1/people/{ids.Person}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("Ricardo Confidential", "Worried about the merger."), (person.Text("name"), person.Text("notes")));
        (await me.Api.GetAsync($"/api/v1/organizations/{ids.Organization}")).EnsureSuccessStatusCode();
        var tie = await (await me.Api.GetAsync($"/api/v1/ties/{ids.Tie}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("reports-to", tie.Text("kind"));
    }

    [Fact]
    public async Task Lists_and_search_never_show_another_workspace()
    {
        var (_, stranger, _) = await TwoWorkspacesAsync();

        var people = await (await stranger.Api.GetAsync("/api/v1/people?q=confidential")).ReadAsync(HttpStatusCode.OK);
        var all = await (await stranger.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK);
        var organizations = await (await stranger.Api.GetAsync("/api/v1/organizations")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(0, people["total"]!.GetValue<int>());
        Assert.Equal(1, all["total"]!.GetValue<int>());
        Assert.Equal(0, organizations["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ids_from_another_workspace_cannot_be_linked_to()
    {
        var (_, stranger, ids) = await TwoWorkspacesAsync();
        var decoy = (await (await stranger.Api.PostJsonAsync("/api/v1/people", new { name = "Decoy" })).ReadAsync(HttpStatusCode.Created)).Id();

        var tie = await (await stranger.Api.PostJsonAsync($"/api/v1/people/{decoy}/ties", new { otherPersonId = ids.Person, kind = "peer" })).ProblemAsync(HttpStatusCode.BadRequest);
        var person = await (await stranger.Api.PutJsonAsync($"/api/v1/people/{decoy}", new { name = "Decoy", organizationId = ids.Organization })).ProblemAsync(HttpStatusCode.BadRequest);
        var organization = await (await stranger.Api.PostJsonAsync("/api/v1/organizations", new { name = "Mine", parentId = ids.Organization })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(tie.FieldErrors("otherPersonId"));
        Assert.Single(person.FieldErrors("organizationId"));
        Assert.Single(organization.FieldErrors("parentId"));
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Infrastructure.Json.Options), System.Text.Encoding.UTF8, "application/json");
}

public sealed class IsolationOnSqlite(SqliteApp app) : IsolationTests<SqliteApp>(app);

public sealed class IsolationOnPostgres(PostgresApp app) : IsolationTests<PostgresApp>(app);
