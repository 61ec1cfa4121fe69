using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class PulsesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private async Task<(Account Me, Guid Relationship)> RelationshipAsync(string culture = "en")
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        return (me, (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id());
    }

    [Fact]
    public async Task A_pulse_with_all_four_trust_ratings_carries_the_trust_value()
    {
        var (me, relationship) = await RelationshipAsync();

        var full = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { takenAt = DateTime.UtcNow.AddDays(-1), onTheirSide = 4, gettingWhatTheyBuy = 5, evidence = "Asked me to join the planning meeting.", credibility = 8, reliability = 6, intimacy = 4, selfOrientation = 3 })).ReadAsync(HttpStatusCode.Created);
        var partial = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 3, gettingWhatTheyBuy = 3, credibility = 8 })).ReadAsync(HttpStatusCode.Created);
        var list = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(6.0, full["trust"]!.GetValue<double>());
        Assert.Null(partial["trust"]);
        Assert.Equal([partial.Id(), full.Id()], list["items"]!.AsArray().Select(p => p!.Id()));
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/pulses/{partial.Id()}")).StatusCode);
        Assert.Equal(1, (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Out_of_range_ratings_and_future_dates_are_refused_per_field_and_nothing_is_written()
    {
        var (me, relationship) = await RelationshipAsync("es");

        var problem = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { takenAt = DateTime.UtcNow.AddDays(2), onTheirSide = 6, credibility = 11, selfOrientation = 0 })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(problem.FieldErrors("takenAt"));
        Assert.Equal(["Usa un número entero del 1 al 5."], problem.FieldErrors("onTheirSide"));
        Assert.Equal(["Este dato es obligatorio."], problem.FieldErrors("gettingWhatTheyBuy"));
        Assert.Equal(["Usa un número entero del 1 al 10."], problem.FieldErrors("credibility"));
        Assert.Single(problem.FieldErrors("selfOrientation"));
        Assert.Equal(0, (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_workspace_cannot_read_or_change_pulses()
    {
        var (me, relationship) = await RelationshipAsync();
        var id = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 2, gettingWhatTheyBuy = 2, evidence = "Complained about me to the VP" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        foreach (var response in new[]
        {
            await stranger.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses"),
            await stranger.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 5, gettingWhatTheyBuy = 5 }),
            await stranger.Api.GetAsync($"/api/v1/pulses/{id}"),
            await stranger.Api.DeleteAsync($"/api/v1/pulses/{id}"),
        })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("VP", problem.ToJsonString(), StringComparison.Ordinal);
        }
        (await me.Api.GetAsync($"/api/v1/pulses/{id}")).EnsureSuccessStatusCode();
    }
}

public sealed class PulsesApiOnSqlite(SqliteApp app) : PulsesApiTests<SqliteApp>(app);

public sealed class PulsesApiOnPostgres(PostgresApp app) : PulsesApiTests<PostgresApp>(app);
