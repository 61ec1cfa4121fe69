using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class InteractionsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private async Task<(Account Me, Guid Relationship)> RelationshipAsync(string culture = "en", int cadenceDays = 14)
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss, cadenceDays })).ReadAsync(HttpStatusCode.Created)).Id();
        return (me, relationship);
    }

    [Fact]
    public async Task An_interaction_is_logged_changed_listed_and_removed()
    {
        var (me, relationship) = await RelationshipAsync();
        var at = DateTime.UtcNow.AddDays(-2);

        var created = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = at, channel = "e-mail", summary = "Sent the process draft", nextSteps = "Review on Friday", listening = 4, clarity = 5, empathy = 3 })).ReadAsync(HttpStatusCode.Created);
        var id = created.Id();
        var changed = await (await me.Api.PutJsonAsync($"/api/v1/interactions/{id}", new { channel = "meeting", summary = "Reviewed the process draft together" })).ReadAsync(HttpStatusCode.OK);
        var list = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("e-mail", 4, 5, 3), (created.Text("channel"), created["listening"]!.GetValue<int>(), created["clarity"]!.GetValue<int>(), created["empathy"]!.GetValue<int>()));
        Assert.Equal(("meeting", "Reviewed the process draft together"), (changed.Text("channel"), changed.Text("summary")));
        Assert.Equal(at, changed["occurredAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
        Assert.Equal(id, Assert.Single(list["items"]!.AsArray())!.Id());
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/interactions/{id}")).StatusCode);
        await (await me.Api.GetAsync($"/api/v1/interactions/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0, "ok")]
    [InlineData(10, "ok")]
    [InlineData(20, "due")]
    [InlineData(25, "overdue")]
    public async Task The_last_touch_sets_the_cadence_status(int daysAgo, string expected)
    {
        var (me, relationship) = await RelationshipAsync();
        var touch = DateTime.UtcNow.AddDays(-daysAgo);
        await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = touch.AddDays(-30), summary = "An older chat" });
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = touch, summary = "Catch-up" })).EnsureSuccessStatusCode();

        var read = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);
        var listed = Assert.Single((await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray())!;

        Assert.Equal(expected, read.Text("cadenceStatus"));
        Assert.Equal(expected, listed.Text("cadenceStatus"));
        Assert.Equal(touch, read["lastTouchAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_relationship_without_touches_counts_from_its_opening()
    {
        var (me, relationship) = await RelationshipAsync();

        var read = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("ok", read.Text("cadenceStatus"));
        Assert.Equal(read["createdAt"]!.GetValue<DateTime>(), read["lastTouchAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Bad_input_is_refused_per_field_in_the_callers_language_and_nothing_is_written()
    {
        var (me, relationship) = await RelationshipAsync("es");

        var problem = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(3), summary = " ", listening = 6, clarity = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        var channel = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { channel = "pigeon", summary = "Lunch" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Esta fecha está en el futuro. Registra lo que ya ocurrió."], problem.FieldErrors("occurredAt"));
        Assert.StartsWith("Usa uno de estos valores: meeting, ", Assert.Single(channel.FieldErrors("channel")), StringComparison.Ordinal);
        Assert.Single(problem.FieldErrors("summary"));
        Assert.Single(problem.FieldErrors("listening"));
        Assert.Single(problem.FieldErrors("clarity"));
        Assert.Equal(0, (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_workspace_cannot_read_or_change_interactions()
    {
        var (me, relationship) = await RelationshipAsync();
        var id = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = "Private talk about the merger" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        foreach (var response in new[]
        {
            await stranger.Api.GetAsync($"/api/v1/relationships/{relationship}/interactions"),
            await stranger.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { summary = "x" }),
            await stranger.Api.GetAsync($"/api/v1/interactions/{id}"),
            await stranger.Api.PutJsonAsync($"/api/v1/interactions/{id}", new { summary = "x" }),
            await stranger.Api.DeleteAsync($"/api/v1/interactions/{id}"),
        })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("merger", problem.ToJsonString(), StringComparison.Ordinal);
        }
        var kept = await (await me.Api.GetAsync($"/api/v1/interactions/{id}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Private talk about the merger", kept.Text("summary"));
    }
}

public sealed class InteractionsApiOnSqlite(SqliteApp app) : InteractionsApiTests<SqliteApp>(app);

public sealed class InteractionsApiOnPostgres(PostgresApp app) : InteractionsApiTests<PostgresApp>(app);
