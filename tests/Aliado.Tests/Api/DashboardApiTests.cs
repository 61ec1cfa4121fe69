using System.Net;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class DashboardApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<(Guid Relationship, Guid Interest)> OpenAsync(Account me, string client, int cadenceDays = 14)
    {
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = client })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person, cadenceDays })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm quarter", importance = 4 })).ReadAsync(HttpStatusCode.Created)).Id();
        await me.Api.AlignAsync(relationship, interest);
        return (relationship, interest);
    }

    private static async Task TouchAsync(Account me, Guid relationship, int daysAgo) =>
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(-daysAgo), summary = "Catch-up", nextSteps = $"Send notes ({daysAgo})" })).EnsureSuccessStatusCode();

    private static async Task<Guid> ProposeAsync(Account me, Guid relationship, Guid interest, int daysAgo) =>
        (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = $"Idea {daysAgo}", interestIds = new[] { interest }, proposedAt = DateTime.UtcNow.AddDays(-daysAgo) })).ReadAsync(HttpStatusCode.Created)).Id();

    private static string[] Clients(JsonNode list) => [.. list["items"]!.AsArray().Select(r => r!.Text("clientName"))];

    [Fact]
    public async Task The_agenda_lists_what_needs_doing_today()
    {
        var me = await app.NewAccountAsync();
        var (overdue, _) = await OpenAsync(me, "Olga Overdue");
        await TouchAsync(me, overdue, 30);
        var (due, _) = await OpenAsync(me, "Diana Due");
        await TouchAsync(me, due, 18);
        var (fine, fineInterest) = await OpenAsync(me, "Fabio Fine");
        await TouchAsync(me, fine, 1);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{fine}/pulses", new { takenAt = DateTime.UtcNow.AddDays(-70), onTheirSide = 4, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
        await ProposeAsync(me, fine, fineInterest, 0);
        var (declining, declineInterest) = await OpenAsync(me, "Nuria No");
        var declined = await ProposeAsync(me, declining, declineInterest, 4);
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{declined}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-3) })).EnsureSuccessStatusCode();

        var dashboard = await (await me.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(["Olga Overdue"], Clients(dashboard["overdue"]!));
        Assert.Equal(["Diana Due"], Clients(dashboard["due"]!));
        Assert.Equal(["Fabio Fine"], Clients(dashboard["stalePulses"]!));
        Assert.Equal("Idea 0", Assert.Single(dashboard["awaitingAnswer"]!["items"]!.AsArray())!.Text("title"));
        var followUp = Assert.Single(dashboard["followUps"]!["items"]!.AsArray())!;
        Assert.Equal(("Nuria No", "freezing-or-considered"), (followUp.Text("clientName"), followUp.Text("reading")));
        Assert.Equal(4, dashboard["portfolio"]!["total"]!.GetValue<int>());
        Assert.Equal("Send notes (30)", dashboard["portfolio"]!["items"]!.AsArray().Single(r => r!.Text("clientName") == "Olga Overdue")!.Text("nextSteps"));

        await TouchAsync(me, declining, 0);
        var afterFollowUp = await (await me.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(0, afterFollowUp["followUps"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_accepted_no_deal_leaves_every_agenda_list_reads_not_served_and_reopens_when_the_facts_change()
    {
        var me = await app.NewAccountAsync();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Xavier Exit" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person, cadenceDays = 7 })).ReadAsync(HttpStatusCode.Created)).Id();
        var theirs = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Cut my team", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var mine = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "provider", description = "Keep my team", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var link = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = mine, clientInterestId = theirs, strength = "conflict" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Headcount analysis", clientBuys = "yes", servesInterestIds = new[] { theirs } })).EnsureSuccessStatusCode();
        await TouchAsync(me, relationship, 30);
        Assert.Equal(["Xavier Exit"], Clients((await (await me.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK))["overdue"]!));

        var decided = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/verdict/accept", new { })).ReadAsync(HttpStatusCode.OK);
        var dashboard = await (await me.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);
        var health = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);
        var notServed = await (await me.Api.GetAsync("/api/v1/dashboard?health=not-served")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("no-deal", "accepted"), (decided.Text("outcome"), decided["decision"]!.Text("state")));
        Assert.Empty(Clients(dashboard["overdue"]!));
        Assert.Equal(0, dashboard["stalePulses"]!["total"]!.GetValue<int>());
        Assert.Equal(("not-served", "decided-exit"), (health.Text("status"), health["reasons"]![0]!.Text("code")));
        Assert.Equal(["Xavier Exit"], Clients(notServed["portfolio"]!));

        (await me.Api.PutJsonAsync($"/api/v1/coincidences/{link}", new { providerInterestId = mine, clientInterestId = theirs, strength = "full" })).EnsureSuccessStatusCode();
        var reopened = await (await me.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);
        var relationshipNow = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("proceed", "pending"), (relationshipNow.Text("outcome"), relationshipNow.Text("decisionState")));
        Assert.Equal(["Xavier Exit"], Clients(reopened["overdue"]!));
    }

    [Fact]
    public async Task The_portfolio_filters_and_sorts_on_health_exactly_as_each_row_reports_it()
    {
        var me = await app.NewAccountAsync();
        foreach (var (name, touchDaysAgo, pulse) in new[] { ("Ana", 1, (int?)5), ("Bruno", 30, 5), ("Carla", 1, 2), ("Dario", 18, 3), ("Eva", 2, null) })
        {
            var (relationship, _) = await OpenAsync(me, name);
            await TouchAsync(me, relationship, touchDaysAgo);
            if (pulse is { } value)
            {
                (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = value, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
            }
        }
        var all = (await (await me.Api.GetAsync("/api/v1/dashboard?pageSize=100")).ReadAsync(HttpStatusCode.OK))["portfolio"]!["items"]!.AsArray();

        foreach (var status in new[] { "good", "watch", "at-risk", "not-served" })
        {
            var filtered = await (await me.Api.GetAsync($"/api/v1/dashboard?health={status}")).ReadAsync(HttpStatusCode.OK);
            Assert.Equal(
                all.Where(r => r!.Text("health") == status).Select(r => r!.Text("clientName")).Order(),
                Clients(filtered["portfolio"]!).Order());
        }
        var byHealth = (await (await me.Api.GetAsync("/api/v1/dashboard?sort=health")).ReadAsync(HttpStatusCode.OK))["portfolio"]!["items"]!.AsArray();
        var ranks = byHealth.Select(r => r!.Text("health") switch { "at-risk" => 2, "watch" => 1, "not-served" => -1, _ => 0 }).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.Equal(["Ana"], Clients((await (await me.Api.GetAsync("/api/v1/dashboard?health=good")).ReadAsync(HttpStatusCode.OK))["portfolio"]!));
        Assert.Equal(["Bruno"], Clients((await (await me.Api.GetAsync("/api/v1/dashboard?cadence=overdue")).ReadAsync(HttpStatusCode.OK))["portfolio"]!));
        Assert.Equal(["Carla"], Clients((await (await me.Api.GetAsync("/api/v1/dashboard?q=CARLA")).ReadAsync(HttpStatusCode.OK))["portfolio"]!));
    }

    [Fact]
    public async Task The_dashboard_costs_the_same_few_queries_for_three_relationships_or_thirty()
    {
        var me = await app.NewAccountAsync();
        async Task<int> CountAsync()
        {
            (await me.Api.GetAsync("/api/v1/dashboard")).EnsureSuccessStatusCode();
            app.Queries.Reset();
            (await me.Api.GetAsync("/api/v1/dashboard")).EnsureSuccessStatusCode();
            return app.Queries.Count;
        }
        async Task AddAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var (relationship, interest) = await OpenAsync(me, $"Client {Guid.NewGuid():N}");
                await TouchAsync(me, relationship, i % 40);
                var proposal = await ProposeAsync(me, relationship, interest, i % 3);
                if (i % 2 == 0)
                {
                    (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined" })).EnsureSuccessStatusCode();
                }
            }
        }

        await AddAsync(3);
        var few = await CountAsync();
        await AddAsync(27);
        var many = await CountAsync();

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 20);
    }

    [Fact]
    public async Task Unknown_filters_are_refused_in_the_callers_language()
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await me.Api.GetAsync("/api/v1/dashboard?health=sick&sort=mood")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Usa uno de estos valores: good, watch, at-risk, not-served."], problem.FieldErrors("health"));
        Assert.Single(problem.FieldErrors("sort"));
    }

    [Fact]
    public async Task Another_workspace_never_shows_on_my_dashboard()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest) = await OpenAsync(me, "Confidential Client");
        await TouchAsync(me, relationship, 30);
        await ProposeAsync(me, relationship, interest, 1);
        var stranger = await app.NewAccountAsync();

        var dashboard = await (await stranger.Api.GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);

        Assert.DoesNotContain("Confidential", dashboard.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, dashboard["portfolio"]!["total"]!.GetValue<int>());
    }
}

public sealed class DashboardApiOnSqlite(SqliteApp app) : DashboardApiTests<SqliteApp>(app);

public sealed class DashboardApiOnPostgres(PostgresApp app) : DashboardApiTests<PostgresApp>(app);
