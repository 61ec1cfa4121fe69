using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class HealthApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private async Task<(Account Me, Guid Relationship)> RelationshipAsync(string culture = "en")
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        return (me, relationship);
    }

    private static string[] Codes(System.Text.Json.Nodes.JsonNode health) => [.. health["reasons"]!.AsArray().Select(r => r!.Text("code"))];

    [Fact]
    public async Task A_fresh_relationship_is_on_watch_until_a_pulse_is_taken()
    {
        var (me, relationship) = await RelationshipAsync();

        var before = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 5, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
        var after = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);
        var listed = Assert.Single((await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray())!;

        Assert.Equal("watch", before.Text("status"));
        Assert.Equal(["no-pulse"], Codes(before));
        Assert.Equal("good", after.Text("status"));
        Assert.Equal(["all-well"], Codes(after));
        Assert.Equal("good", listed.Text("health"));
    }

    [Fact]
    public async Task A_low_stale_pulse_and_an_overdue_cadence_put_it_at_risk_with_every_reason_in_words()
    {
        var (me, relationship) = await RelationshipAsync("es");
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(-70), summary = "Old talk" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { takenAt = DateTime.UtcNow.AddDays(-65), onTheirSide = 2, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();

        var health = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);
        var reasons = health["reasons"]!.AsArray();

        Assert.Equal("at-risk", health.Text("status"));
        Assert.Equal(["low-pulse", "stale-pulse", "overdue"], Codes(health));
        Assert.Contains("2 de 5", reasons[0]!.Text("text"), StringComparison.Ordinal);
        Assert.Contains("65 días", reasons[1]!.Text("text"), StringComparison.Ordinal);
        Assert.Equal("at-risk", reasons[2]!.Text("status"));
    }

    [Fact]
    public async Task Going_ahead_against_the_verdict_is_named_as_a_risk()
    {
        var (me, relationship) = await RelationshipAsync();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/verdict/override", new { reason = "He asked me personally" })).EnsureSuccessStatusCode();

        var health = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("at-risk", health.Text("status"));
        Assert.Contains("without-alignment", Codes(health));
    }

    [Fact]
    public async Task Another_workspace_gets_404_for_health()
    {
        var (_, relationship) = await RelationshipAsync();
        var stranger = await app.NewAccountAsync();

        await (await stranger.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class HealthApiOnSqlite(SqliteApp app) : HealthApiTests<SqliteApp>(app);

public sealed class HealthApiOnPostgres(PostgresApp app) : HealthApiTests<PostgresApp>(app);
