using System.Net;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class RelationshipsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    /// <summary>The case: A and B are the client's interests, X and Y mine.</summary>
    private sealed record Case(Account Me, Guid Relationship, Guid A, Guid B, Guid X, Guid Y)
    {
        public string Url => $"/api/v1/relationships/{Relationship}";
    }

    private async Task<Case> CaseAsync(string culture = "en", bool coincidences = true)
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Salas" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss, arena = "Grupo Andino", kind = "internal" })).ReadAsync(HttpStatusCode.Created)).Id();
        async Task<Guid> Interest(object body) => (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", body)).ReadAsync(HttpStatusCode.Created)).Id();
        var a = await Interest(new { holder = "client", description = "solve operational problems", scope = "organizational", visibility = "stated", importance = 5, confidence = 4 });
        var b = await Interest(new { holder = "client", description = "stay in the organization with their group", scope = "personal", visibility = "inferred", importance = 4, confidence = 2, evidence = "Talks often about his team's future." });
        var x = await Interest(new { holder = "provider", description = "grow into a lead role", importance = 5 });
        var y = await Interest(new { holder = "provider", description = "learn operations", importance = 3 });
        var result = new Case(me, relationship, a, b, x, y);
        if (coincidences)
        {
            await LinkAsync(result, y, a, "full");
            await LinkAsync(result, x, b, "partial");
        }
        return result;
    }

    private static async Task<Guid> LinkAsync(Case c, Guid mine, Guid theirs, string strength) =>
        (await (await c.Me.Api.PostJsonAsync($"{c.Url}/coincidences", new { providerInterestId = mine, clientInterestId = theirs, strength })).ReadAsync(HttpStatusCode.Created)).Id();

    private static async Task<Guid> OfferAsync(Case c, string description, string willingness, params Guid[] serves) =>
        (await (await c.Me.Api.PostJsonAsync($"{c.Url}/offerings", new { description, clientBuys = "yes", perceivedValue = "high", willingness, servesInterestIds = serves })).ReadAsync(HttpStatusCode.Created)).Id();

    private static async Task<JsonNode> VerdictAsync(Case c) => await (await c.Me.Api.GetAsync($"{c.Url}/verdict")).ReadAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Example_1_proceeds_with_reasons_that_name_interests_and_offerings()
    {
        var c = await CaseAsync();
        var documentation = await OfferAsync(c, "process documentation", "willing", c.A);

        var verdict = await VerdictAsync(c);

        Assert.Equal("proceed", verdict.Text("outcome"));
        Assert.Equal(0.78, verdict["coincidenceShare"]!.GetValue<double>(), 2);
        var aligned = verdict["reasons"]!.AsArray().Single(r => r!.Text("code") == "aligned")!;
        Assert.Contains("“process documentation”", aligned.Text("text"), StringComparison.Ordinal);
        Assert.Contains("“solve operational problems”", aligned.Text("text"), StringComparison.Ordinal);
        Assert.Equal([c.A], aligned["interestIds"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.Equal([documentation], aligned["offeringIds"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
    }

    [Fact]
    public async Task Example_2_without_coincidences_there_is_no_deal()
    {
        var c = await CaseAsync(coincidences: false);
        await OfferAsync(c, "process documentation", "willing", c.A);

        var verdict = await VerdictAsync(c);

        Assert.Equal(("no-deal", 0.0), (verdict.Text("outcome"), verdict["coincidenceShare"]!.GetValue<double>()));
        Assert.Equal("low-coincidence", verdict["reasons"]![0]!.Text("code"));
    }

    [Fact]
    public async Task Example_3_withholding_what_the_client_wants_is_dont_provide_explained_in_spanish()
    {
        var c = await CaseAsync("es");
        await OfferAsync(c, "documentación de procesos", "willing", c.B);
        var cover = await OfferAsync(c, "guardias de fin de semana", "unwilling", c.A);

        var verdict = await VerdictAsync(c);

        Assert.Equal("dont-provide", verdict.Text("outcome"));
        var reason = verdict["reasons"]![0]!;
        Assert.Equal([cover], reason["offeringIds"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.StartsWith("El cliente quiere “guardias de fin de semana”", reason.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_4_without_offerings_not_enough_is_known()
    {
        var c = await CaseAsync();

        var verdict = await VerdictAsync(c);

        Assert.Equal("not-enough-known", verdict.Text("outcome"));
        Assert.Equal(["no-offerings"], verdict["reasons"]!.AsArray().Select(r => r!.Text("code")));
    }

    [Fact]
    public async Task A_decision_goes_back_to_pending_when_the_outcome_changes_and_an_override_marks_the_relationship()
    {
        var c = await CaseAsync();
        var documentation = await OfferAsync(c, "process documentation", "willing", c.A);

        var accepted = await (await c.Me.Api.PostAsync($"{c.Url}/verdict/accept", null)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("accepted", "proceed"), (accepted["decision"]!.Text("state"), accepted["decision"]!.Text("outcome")));

        (await c.Me.Api.DeleteAsync($"/api/v1/offerings/{documentation}")).EnsureSuccessStatusCode();
        var changed = await VerdictAsync(c);
        Assert.Equal(("not-enough-known", "pending", true), (changed.Text("outcome"), changed["decision"]!.Text("state"), changed["decision"]!["outcomeChanged"]!.GetValue<bool>()));

        var overridden = await (await c.Me.Api.PostJsonAsync($"{c.Url}/verdict/override", new { reason = "My boss asked me to help during the audit." })).ReadAsync(HttpStatusCode.OK);
        Assert.True(overridden["proceedingWithoutAlignment"]!.GetValue<bool>());

        var list = await (await c.Me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK);
        var row = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(("not-enough-known", "overridden", true), (row.Text("outcome"), row.Text("decisionState"), row["proceedingWithoutAlignment"]!.GetValue<bool>()));
        Assert.Equal("Grupo Andino", row.Text("arena"));
        Assert.True(row["providerIsMe"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Alignment_shows_the_matrix_and_what_is_served_or_unmatched()
    {
        var c = await CaseAsync();
        await OfferAsync(c, "process documentation", "willing", c.A);
        var lonely = (await (await c.Me.Api.PostJsonAsync($"{c.Url}/interests", new { holder = "provider", description = "work from home on Fridays", importance = 2 })).ReadAsync(HttpStatusCode.Created)).Id();

        var alignment = await (await c.Me.Api.GetAsync($"{c.Url}/alignment")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal([c.A], alignment["servedByWilling"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.Equal([c.B], alignment["notServed"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.Equal([lonely], alignment["unmatchedProviderInterests"]!.AsArray().Select(i => i!.GetValue<Guid>()));
        Assert.Equal(2, alignment["matrix"]!.AsArray().Count);
        var b = alignment["clientInterests"]!.AsArray().Single(r => r!["interestId"]!.GetValue<Guid>() == c.B)!;
        Assert.Equal("partial", b.Text("bestLink"));
        var interests = await (await c.Me.Api.GetAsync($"{c.Url}/interests")).ReadAsync(HttpStatusCode.OK);
        var inferred = interests["items"]!.AsArray().Single(i => i!.Id() == c.B)!;
        Assert.True(inferred["needsStudy"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bad_input_is_refused_per_field_and_nothing_is_written()
    {
        var c = await CaseAsync("es");
        var other = await CaseAsync();

        var importance = await (await c.Me.Api.PostJsonAsync($"{c.Url}/interests", new { holder = "client", description = "x", importance = 6 })).ProblemAsync(HttpStatusCode.BadRequest);
        var scope = await (await c.Me.Api.PostJsonAsync($"{c.Url}/interests", new { holder = "client", description = "x", scope = "global" })).ProblemAsync(HttpStatusCode.BadRequest);
        var noHolder = await (await c.Me.Api.PostJsonAsync($"{c.Url}/interests", new { description = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        var twoClients = await (await c.Me.Api.PostJsonAsync($"{c.Url}/coincidences", new { providerInterestId = c.A, clientInterestId = c.B, strength = "full" })).ProblemAsync(HttpStatusCode.BadRequest);
        var foreign = await (await c.Me.Api.PostJsonAsync($"{c.Url}/offerings", new { description = "help", servesInterestIds = new[] { other.A } })).ProblemAsync(HttpStatusCode.BadRequest);
        var mine = await (await c.Me.Api.PostJsonAsync($"{c.Url}/offerings", new { description = "help", servesInterestIds = new[] { c.X } })).ProblemAsync(HttpStatusCode.BadRequest);
        var noReason = await (await c.Me.Api.PostJsonAsync($"{c.Url}/verdict/override", new { reason = "   " })).ProblemAsync(HttpStatusCode.BadRequest);
        var duplicate = await (await c.Me.Api.PostJsonAsync($"{c.Url}/coincidences", new { providerInterestId = c.Y, clientInterestId = c.A, strength = "partial" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(["Usa un número entero del 1 al 5."], importance.FieldErrors("importance"));
        Assert.Single(scope.FieldErrors("scope"));
        Assert.Single(noHolder.FieldErrors("holder"));
        Assert.Single(twoClients.FieldErrors("providerInterestId"));
        Assert.Single(foreign.FieldErrors("servesInterestIds"));
        Assert.Single(mine.FieldErrors("servesInterestIds"));
        Assert.Equal(["Este dato es obligatorio."], noReason.FieldErrors("reason"));
        Assert.Contains("ya están vinculados", duplicate.Text("detail"), StringComparison.Ordinal);
        var verdict = await VerdictAsync(c);
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
        Assert.Equal(0, (await (await c.Me.Api.GetAsync($"{c.Url}/offerings")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        Assert.Equal(2, (await (await c.Me.Api.GetAsync($"{c.Url}/coincidences")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_owner_tunes_the_thresholds_and_every_verdict_follows()
    {
        var c = await CaseAsync();
        await OfferAsync(c, "process documentation", "willing", c.A);
        var editor = await app.JoinAsync(c.Me, await app.NewAccountAsync(), Core.Workspaces.WorkspaceRole.Editor);

        var refused = await (await editor.PutJsonAsync("/api/v1/workspace/verdict-policy", new { minimumCoincidencePercent = 10 })).ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await c.Me.Api.PutJsonAsync("/api/v1/workspace/verdict-policy", new { minimumCoincidencePercent = 120, wantedImportance = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        var tuned = await (await c.Me.Api.PutJsonAsync("/api/v1/workspace/verdict-policy", new { minimumCoincidencePercent = 80, wantedImportance = 4 })).ReadAsync(HttpStatusCode.OK);

        Assert.Contains("owner", refused.Text("detail"), StringComparison.Ordinal);
        Assert.Single(bad.FieldErrors("minimumCoincidencePercent"));
        Assert.Single(bad.FieldErrors("wantedImportance"));
        Assert.Equal(80, tuned["minimumCoincidencePercent"]!.GetValue<int>());
        var verdict = await VerdictAsync(c);
        Assert.Equal("no-deal", verdict.Text("outcome"));
        Assert.Contains("80 %", verdict["reasons"]![0]!.Text("text"), StringComparison.Ordinal);
        var stored = Assert.Single((await (await c.Me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray())!;
        Assert.Equal("no-deal", stored.Text("outcome"));
        var other = await app.NewAccountAsync();
        var untouched = await (await other.Api.GetAsync("/api/v1/workspace/verdict-policy")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(25, untouched["minimumCoincidencePercent"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_relationship_needs_two_different_people_of_this_workspace()
    {
        var me = await app.NewAccountAsync();
        var stranger = await app.NewAccountAsync();

        var self = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = me.MeId })).ProblemAsync(HttpStatusCode.BadRequest);
        var foreign = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = stranger.MeId, cadenceDays = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        var sideways = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = me.MeId, kind = "sideways" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(self.FieldErrors("clientId"));
        Assert.Equal(["Nothing with this id exists in this workspace."], foreign.FieldErrors("clientId"));
        Assert.Single(foreign.FieldErrors("cadenceDays"));
        Assert.Equal(["kind"], sideways["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task The_same_two_people_may_have_a_relationship_each_way()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();

        var serving = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created);
        var served = await (await me.Api.PostJsonAsync("/api/v1/relationships", new { providerId = boss, clientId = me.MeId, kind = "external", cadenceDays = 30 })).ReadAsync(HttpStatusCode.Created);

        Assert.Equal((me.MeId, boss, 14), (serving["providerId"]!.GetValue<Guid>(), serving["clientId"]!.GetValue<Guid>(), serving["cadenceDays"]!.GetValue<int>()));
        Assert.Equal((boss, me.MeId, "external"), (served["providerId"]!.GetValue<Guid>(), served["clientId"]!.GetValue<Guid>(), served.Text("kind")));
        var mine = await (await me.Api.GetAsync($"/api/v1/relationships?personId={boss}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(2, mine["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_workspace_cannot_read_or_change_a_relationship_through_any_route()
    {
        var c = await CaseAsync();
        var offering = await OfferAsync(c, "process documentation", "willing", c.A);
        var coincidence = (await (await c.Me.Api.GetAsync($"{c.Url}/coincidences")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        var stranger = await app.NewAccountAsync();
        var body = new { description = "hijack", holder = "client", clientId = stranger.MeId, reason = "x", providerInterestId = c.X, clientInterestId = c.A, strength = "full" };

        var attempts = new List<HttpResponseMessage>
        {
            await stranger.Api.GetAsync(c.Url),
            await stranger.Api.PutJsonAsync(c.Url, body),
            await stranger.Api.DeleteAsync(c.Url),
            await stranger.Api.GetAsync($"{c.Url}/alignment"),
            await stranger.Api.GetAsync($"{c.Url}/verdict"),
            await stranger.Api.PostAsync($"{c.Url}/verdict/accept", null),
            await stranger.Api.PostJsonAsync($"{c.Url}/verdict/override", body),
            await stranger.Api.GetAsync($"{c.Url}/interests"),
            await stranger.Api.PostJsonAsync($"{c.Url}/interests", body),
            await stranger.Api.GetAsync($"/api/v1/interests/{c.B}"),
            await stranger.Api.PutJsonAsync($"/api/v1/interests/{c.B}", body),
            await stranger.Api.DeleteAsync($"/api/v1/interests/{c.B}"),
            await stranger.Api.GetAsync($"{c.Url}/offerings"),
            await stranger.Api.PostJsonAsync($"{c.Url}/offerings", body),
            await stranger.Api.GetAsync($"/api/v1/offerings/{offering}"),
            await stranger.Api.PutJsonAsync($"/api/v1/offerings/{offering}", body),
            await stranger.Api.DeleteAsync($"/api/v1/offerings/{offering}"),
            await stranger.Api.GetAsync($"{c.Url}/coincidences"),
            await stranger.Api.PostJsonAsync($"{c.Url}/coincidences", body),
            await stranger.Api.GetAsync($"/api/v1/coincidences/{coincidence}"),
            await stranger.Api.PutJsonAsync($"/api/v1/coincidences/{coincidence}", body),
            await stranger.Api.DeleteAsync($"/api/v1/coincidences/{coincidence}"),
        };

        foreach (var response in attempts)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("operational", problem.ToJsonString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, (await (await stranger.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        var verdict = await VerdictAsync(c);
        Assert.Equal(("proceed", "pending"), (verdict.Text("outcome"), verdict["decision"]!.Text("state")));
        Assert.Equal(4, (await (await c.Me.Api.GetAsync($"{c.Url}/interests")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }
}

public sealed class RelationshipsApiOnSqlite(SqliteApp app) : RelationshipsApiTests<SqliteApp>(app);

public sealed class RelationshipsApiOnPostgres(PostgresApp app) : RelationshipsApiTests<PostgresApp>(app);
