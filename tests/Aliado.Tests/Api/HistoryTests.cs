using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class HistoryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_persons_history_says_who_changed_which_field_from_what_to_what()
    {
        var owner = await app.NewAccountAsync();
        var editorAccount = await app.NewAccountAsync();
        var editor = await app.JoinAsync(owner, editorAccount, WorkspaceRole.Editor);
        var person = (await (await owner.Api.PostJsonAsync("/api/v1/people", new { name = "Elena", socialStyle = "driver" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await editor.PutJsonAsync($"/api/v1/people/{person}", new { name = "Elena Ruiz", socialStyle = "analytical", notes = "Wants data before a meeting" })).EnsureSuccessStatusCode();
        var other = (await (await owner.Api.PostJsonAsync("/api/v1/people", new { name = "Marta" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await owner.Api.PostJsonAsync($"/api/v1/people/{person}/ties", new { otherPersonId = other, kind = "reports-to" })).EnsureSuccessStatusCode();

        var history = await (await owner.Api.GetAsync($"/api/v1/people/{person}/history")).ReadAsync(HttpStatusCode.OK);
        var items = history["items"]!.AsArray().Select(i => (by: i!.Text("by"), field: i!.Text("field"), before: i!["before"]?.GetValue<string>(), after: i!["after"]?.GetValue<string>())).ToList();

        Assert.Contains((editorAccount.Email, "name", "Elena", "Elena Ruiz"), items);
        Assert.Contains((editorAccount.Email, "socialStyle", "driver", "analytical"), items);
        Assert.Contains((editorAccount.Email, "notes", null, "Wants data before a meeting"), items);
        Assert.Contains((owner.Email, "name", null, "Elena"), items);
        Assert.Contains((owner.Email, "kind", null, "reports-to"), items);
        Assert.Equal(items.Count, history["total"]!.GetValue<int>());
        Assert.DoesNotContain(items, i => i.field is "searchName" or "updatedAt" or "workspaceId" or "version" or "trashId");
        Assert.True(history["items"]![0]!["at"]!.GetValue<DateTime>() >= history["items"]![items.Count - 1]!["at"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task A_relationships_history_covers_everything_in_it_including_deletions_and_restores()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Look good to the board", importance = 3 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PutJsonAsync($"/api/v1/interests/{interest}", new { holder = "client", description = "Look good to the board", importance = 5 })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Board-ready summary", clientBuys = "yes", servesInterestIds = new[] { interest } })).EnsureSuccessStatusCode();
        var pulse = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 2, gettingWhatTheyBuy = 3 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/pulses/{pulse}")).EnsureSuccessStatusCode();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;
        (await me.Api.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).EnsureSuccessStatusCode();

        var items = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/history?pageSize=100")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(i => (kind: i!.Text("kind"), field: i!.Text("field"), before: i!["before"]?.GetValue<string>(), after: i!["after"]?.GetValue<string>())).ToList();

        Assert.Contains(("interest", "importance", "3", "5"), items);
        Assert.Contains(("pulse", "onTheirSide", null, "2"), items);
        Assert.Contains(("pulse", "deleted", entry.Text("name"), null), items);
        Assert.Contains(("pulse", "restored", null, entry.Text("name")), items);
        Assert.Contains(items, i => i is { kind: "relationship", field: "clientId" });
        Assert.Contains(("offering", "servesInterestIds", null, interest.ToString()), items);
    }

    [Fact]
    public async Task Another_workspace_cannot_read_a_history_and_an_unknown_record_is_not_found()
    {
        var me = await app.NewAccountAsync("es");
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena", notes = "Private view of her" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        await (await stranger.Api.GetAsync($"/api/v1/people/{person}/history")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Api.GetAsync($"/api/v1/relationships/{person}/history")).ProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await me.Api.GetAsync($"/api/v1/people/{Guid.NewGuid()}/history")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No se encontró en este espacio de trabajo.", unknown.Text("title"));
    }
}

public sealed class HistoryOnSqlite(SqliteApp app) : HistoryTests<SqliteApp>(app);

public sealed class HistoryOnPostgres(PostgresApp app) : HistoryTests<PostgresApp>(app);
