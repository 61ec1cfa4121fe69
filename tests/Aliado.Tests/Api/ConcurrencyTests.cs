using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static HttpRequestMessage Write(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    [Fact]
    public async Task A_write_based_on_an_old_version_is_refused_with_412_and_the_newer_save_is_kept()
    {
        var me = await app.NewAccountAsync("es");
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena" })).ReadAsync(HttpStatusCode.Created)).Id();
        var read = await me.Api.GetAsync($"/api/v1/people/{person}");
        var seen = read.Headers.ETag!.Tag;

        var first = await me.Api.SendAsync(Write(HttpMethod.Put, $"/api/v1/people/{person}", new { name = "Elena Ruiz" }, seen));
        var second = await me.Api.SendAsync(Write(HttpMethod.Put, $"/api/v1/people/{person}", new { name = "Elena R." }, seen));
        var staleDelete = await me.Api.SendAsync(Write(HttpMethod.Delete, $"/api/v1/people/{person}", null, seen));
        var problem = await second.ProblemAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(seen, first.Headers.ETag!.Tag);
        Assert.Equal("Alguien lo cambió después de que lo cargaras", problem.Text("title"));
        Assert.Equal(first.Headers.ETag!.Tag, problem.Text("currentVersion"));
        await staleDelete.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Elena Ruiz", (await (await me.Api.GetAsync($"/api/v1/people/{person}")).ReadAsync(HttpStatusCode.OK)).Text("name"));

        Assert.Equal(HttpStatusCode.OK, (await me.Api.PutJsonAsync($"/api/v1/people/{person}", new { name = "Elena Ruiz Paz" })).StatusCode);
        var current = (await me.Api.GetAsync($"/api/v1/people/{person}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.SendAsync(Write(HttpMethod.Delete, $"/api/v1/people/{person}", null, current))).StatusCode);
    }

    [Fact]
    public async Task Of_many_simultaneous_writes_based_on_one_version_exactly_one_is_saved()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm quarter", importance = 3 })).ReadAsync(HttpStatusCode.Created)).Id();
        var seen = (await me.Api.GetAsync($"/api/v1/interests/{interest}")).Headers.ETag!.Tag;
        var clients = Enumerable.Range(0, 12).Select(_ => app.Client(me.Token)).ToList();

        var answers = await Task.WhenAll(clients.Select((client, n) =>
            client.SendAsync(Write(HttpMethod.Put, $"/api/v1/interests/{interest}", new { holder = "client", description = $"Calm quarter {n}", importance = 4 }, seen))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.PreconditionFailed, a.StatusCode));
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var saved = await (await me.Api.GetAsync($"/api/v1/interests/{interest}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal((await winner.ReadAsync(HttpStatusCode.OK)).Text("description"), saved.Text("description"));
    }

    [Fact]
    public async Task Every_record_answers_with_a_version_and_what_the_method_recomputes_does_not_move_it()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var organization = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Acme" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var clientInterest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm quarter" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationshipTag = (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).Headers.ETag!.Tag;
        var (mine, offering) = await me.Api.AlignAsync(relationship, clientInterest);
        var coincidence = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/coincidences")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var conversation = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { channel = "call", summary = "Catch-up" })).ReadAsync(HttpStatusCode.Created)).Id();
        var pulse = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 4 })).ReadAsync(HttpStatusCode.Created)).Id();
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Dashboard", interestIds = new[] { clientInterest } })).ReadAsync(HttpStatusCode.Created)).Id();
        var tie = (await (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/ties", new { otherPersonId = me.MeId, kind = "peer" })).ReadAsync(HttpStatusCode.Created)).Id();
        var lesson = (await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-provider", whatHappened = "Late report", whatWeLearned = "Ask first" })).ReadAsync(HttpStatusCode.Created)).Id();

        foreach (var url in new[]
        {
            $"/api/v1/people/{boss}", $"/api/v1/organizations/{organization}", $"/api/v1/relationships/{relationship}", $"/api/v1/interests/{mine}",
            $"/api/v1/offerings/{offering}", $"/api/v1/coincidences/{coincidence}", $"/api/v1/interactions/{conversation}", $"/api/v1/pulses/{pulse}",
            $"/api/v1/proposals/{proposal}", $"/api/v1/ties/{tie}", $"/api/v1/lessons/{lesson}",
        })
        {
            var response = await me.Api.GetAsync(url);
            Assert.True(response.Headers.ETag is not null, $"{url} has no ETag");
        }
        Assert.Equal(relationshipTag, (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).Headers.ETag!.Tag);
    }
    [Fact]
    public async Task Settings_and_client_types_answer_with_a_tag_and_refuse_a_write_based_on_an_older_state()
    {
        var me = await app.NewAccountAsync();
        var type = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK))[0]!;

        foreach (var (url, change, again) in new (string, object, object)[]
        {
            ("/api/v1/workspace/health-policy", new { stalePulseDays = 40, watchStreak = 2, atRiskStreak = 3 }, new { stalePulseDays = 50, watchStreak = 2, atRiskStreak = 3 }),
            ("/api/v1/workspace/verdict-policy", new { minimumCoincidencePercent = 60, wantedImportance = 4 }, new { minimumCoincidencePercent = 70, wantedImportance = 4 }),
            ("/api/v1/me/reminders", new { frequency = "daily", hour = 7 }, new { frequency = "daily", hour = 9 }),
            ($"/api/v1/client-types/{type.Id()}", new { name = "Renamed once" }, new { name = "Renamed twice" }),
        })
        {
            var seen = (await me.Api.GetAsync(url)).Headers.ETag!.Tag;
            var first = await me.Api.SendAsync(Write(HttpMethod.Put, url, change, seen));
            var stale = await me.Api.SendAsync(Write(HttpMethod.Put, url, again, seen));

            Assert.True(first.StatusCode == HttpStatusCode.OK, $"{url}: {(int)first.StatusCode}");
            Assert.NotEqual(seen, first.Headers.ETag!.Tag);
            Assert.True(stale.StatusCode == HttpStatusCode.PreconditionFailed, $"{url}: {(int)stale.StatusCode}");
        }
    }
}

public sealed class ConcurrencyOnSqlite(SqliteApp app) : ConcurrencyTests<SqliteApp>(app);

public sealed class ConcurrencyOnPostgres(PostgresApp app) : ConcurrencyTests<PostgresApp>(app);
