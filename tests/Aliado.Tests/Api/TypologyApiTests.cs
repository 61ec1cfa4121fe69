using System.Net;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class TypologyApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<JsonArray> TypesAsync(Account me) =>
        (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray();

    private static JsonNode Type(JsonArray types, string key) => types.Single(t => t!.Text("key") == key)!;

    private static Guid[] TraitIds(JsonNode type, int count) => [.. type["traits"]!.AsArray().Take(count).Select(t => t!.Id())];

    [Fact]
    public async Task The_catalogue_comes_in_the_callers_language_with_the_target_and_its_suggested_actions()
    {
        var english = await TypesAsync(await app.NewAccountAsync("en"));
        var spanish = await TypesAsync(await app.NewAccountAsync("es"));

        Assert.True(english.Count >= 13);
        var target = Assert.Single(english, t => t!["isTarget"]!.GetValue<bool>())!;
        Assert.Equal(("imperfect-questioner", "The imperfect questioner"), (target.Text("key"), target.Text("name")));
        Assert.All(target["traits"]!.AsArray(), t => Assert.False(string.IsNullOrEmpty(t!.Text("suggestedAction"))));
        Assert.Equal("El sabelotodo", Type(spanish, "know-it-all").Text("name"));
        Assert.All(english, t => Assert.InRange(t!["traits"]!.AsArray().Count, 3, 6));
    }

    [Fact]
    public async Task An_assessment_ranks_the_types_and_measures_progress_toward_the_imperfect_questioner()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var types = await TypesAsync(me);
        var talker = Type(types, "talker");
        var target = Type(types, "imperfect-questioner");

        var first = await (await me.Api.PostJsonAsync($"/api/v1/people/{boss}/assessments", new { assessedAt = DateTime.UtcNow.AddDays(-30), traitIds = TraitIds(talker, 4).Concat(TraitIds(target, 1)), notes = "Long meetings" })).ReadAsync(HttpStatusCode.Created);
        await me.Api.PostJsonAsync($"/api/v1/people/{boss}/assessments", new { traitIds = TraitIds(talker, 2).Concat(TraitIds(target, 3)) });
        var history = await (await me.Api.GetAsync($"/api/v1/people/{boss}/assessments")).ReadAsync(HttpStatusCode.OK);

        var leader = first["ranking"]![0]!;
        Assert.Equal((talker.Id(), 1.0), (leader["clientTypeId"]!.GetValue<Guid>(), leader["share"]!.GetValue<double>()));
        Assert.Equal(1 / 6.0, first["targetProgress"]!.GetValue<double>(), 6);
        Assert.Equal(2, history["total"]!.GetValue<int>());
        Assert.Equal(0.5, history["items"]![0]!["targetProgress"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Types_are_created_rewritten_retired_restored_and_reset_without_breaking_past_assessments()
    {
        var me = await app.NewAccountAsync();
        var person = me.MeId;
        var talker = Type(await TypesAsync(me), "talker");
        var assessment = (await (await me.Api.PostJsonAsync($"/api/v1/people/{person}/assessments", new { traitIds = TraitIds(talker, 2) })).ReadAsync(HttpStatusCode.Created)).Id();

        var created = await (await me.Api.PostJsonAsync("/api/v1/client-types", new { key = "slow-to-reply", name = "The slow replier", description = "Answers days later", guidance = "Send short questions with a default", traits = new[] { new { text = "Answers after three days" }, new { text = "Replies only to the last message" }, new { text = "Asks for a reminder" } } })).ReadAsync(HttpStatusCode.Created);
        var duplicate = await (await me.Api.PostJsonAsync("/api/v1/client-types", new { key = "slow-to-reply", name = "Again" })).ProblemAsync(HttpStatusCode.BadRequest);
        var rewritten = await (await me.Api.PutJsonAsync($"/api/v1/client-types/{talker.Id()}", new { name = "The storyteller", traits = talker["traits"]!.AsArray().Skip(1).Select(t => new { id = t!.Id() }) })).ReadAsync(HttpStatusCode.OK);
        var retired = await (await me.Api.PostAsync($"/api/v1/client-types/{talker.Id()}/retire", null)).ReadAsync(HttpStatusCode.OK);
        var past = await (await me.Api.GetAsync($"/api/v1/assessments/{assessment}")).ReadAsync(HttpStatusCode.OK);
        var refused = await (await me.Api.PostJsonAsync($"/api/v1/people/{person}/assessments", new { traitIds = TraitIds(talker, 1) })).ProblemAsync(HttpStatusCode.BadRequest);
        var restored = await (await me.Api.PostAsync($"/api/v1/client-types/{talker.Id()}/restore", null)).ReadAsync(HttpStatusCode.OK);
        var reset = (await (await me.Api.PostAsync("/api/v1/client-types/reset", null)).ReadAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(3, created["traits"]!.AsArray().Count);
        Assert.Single(duplicate.FieldErrors("key"));
        Assert.Equal("The storyteller", rewritten.Text("name"));
        Assert.True(rewritten["traits"]!.AsArray()[^1]!["retired"]!.GetValue<bool>());
        Assert.Equal(talker["traits"]![0]!.Id(), rewritten["traits"]!.AsArray()[^1]!.Id());
        Assert.True(retired["retired"]!.GetValue<bool>());
        Assert.Equal(2, past["traitIds"]!.AsArray().Count);
        Assert.DoesNotContain(past["ranking"]!.AsArray(), r => r!["clientTypeId"]!.GetValue<Guid>() == talker.Id());
        Assert.Single(refused.FieldErrors("traitIds"));
        Assert.False(restored["retired"]!.GetValue<bool>());
        var talkerAfterReset = Type(reset, "talker");
        Assert.Equal("The talker", talkerAfterReset.Text("name"));
        Assert.All(talkerAfterReset["traits"]!.AsArray(), t => Assert.False(t!["retired"]!.GetValue<bool>()));
        Assert.Contains(reset, t => t!.Text("key") == "slow-to-reply");
    }

    [Fact]
    public async Task Bad_assessments_and_types_are_refused_in_the_callers_language_and_nothing_is_written()
    {
        var me = await app.NewAccountAsync("es");
        var stranger = await app.NewAccountAsync();
        var theirTrait = TraitIds(Type(await TypesAsync(stranger), "shy"), 1);

        var empty = await (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/assessments", new { traitIds = Array.Empty<Guid>() })).ProblemAsync(HttpStatusCode.BadRequest);
        var foreign = await (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/assessments", new { traitIds = theirTrait })).ProblemAsync(HttpStatusCode.BadRequest);
        var badKey = await (await me.Api.PostJsonAsync("/api/v1/client-types", new { key = "Mal Tipo", name = " " })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Este dato es obligatorio."], empty.FieldErrors("traitIds"));
        Assert.Equal(["No existe nada con este identificador en este espacio de trabajo."], foreign.FieldErrors("traitIds"));
        Assert.Single(badKey.FieldErrors("key"));
        Assert.Single(badKey.FieldErrors("name"));
        Assert.Equal(0, (await (await me.Api.GetAsync($"/api/v1/people/{me.MeId}/assessments")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_persons_roles_list_where_they_are_client_and_where_provider()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var auditor = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Elena" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = me.MeId, providerId = boss })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = auditor, providerId = boss })).EnsureSuccessStatusCode();

        var roles = await (await me.Api.GetAsync($"/api/v1/people/{boss}/roles")).ReadAsync(HttpStatusCode.OK);
        var mine = await (await me.Api.GetAsync($"/api/v1/people/{me.MeId}/roles")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(1, roles["asClient"]!["total"]!.GetValue<int>());
        Assert.Equal(["Elena", "me"], roles["asProvider"]!["items"]!.AsArray().Select(r => r!["clientIsMe"]!.GetValue<bool>() ? "me" : r!.Text("clientName")).Order().ToArray());
        Assert.Equal((1, 1), (mine["asClient"]!["total"]!.GetValue<int>(), mine["asProvider"]!["total"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Another_workspace_cannot_read_or_change_typology_or_assessments()
    {
        var me = await app.NewAccountAsync();
        var talker = Type(await TypesAsync(me), "talker");
        var assessment = (await (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/assessments", new { traitIds = TraitIds(talker, 1), notes = "Secret self-review" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        foreach (var response in new[]
        {
            await stranger.Api.GetAsync($"/api/v1/client-types/{talker.Id()}"),
            await stranger.Api.PutJsonAsync($"/api/v1/client-types/{talker.Id()}", new { name = "Hijacked" }),
            await stranger.Api.PostAsync($"/api/v1/client-types/{talker.Id()}/retire", null),
            await stranger.Api.PostAsync($"/api/v1/client-types/{talker.Id()}/restore", null),
            await stranger.Api.GetAsync($"/api/v1/people/{me.MeId}/assessments"),
            await stranger.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/assessments", new { traitIds = TraitIds(talker, 1) }),
            await stranger.Api.GetAsync($"/api/v1/assessments/{assessment}"),
            await stranger.Api.DeleteAsync($"/api/v1/assessments/{assessment}"),
            await stranger.Api.GetAsync($"/api/v1/people/{me.MeId}/roles"),
        })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("Secret", problem.ToJsonString(), StringComparison.Ordinal);
        }
        (await stranger.Api.PutJsonAsync("/api/v1/client-types/" + Type(await TypesAsync(stranger), "talker").Id(), new { name = "Their own talker" })).EnsureSuccessStatusCode();
        (await me.Api.PutJsonAsync($"/api/v1/client-types/{talker.Id()}", new { name = "My storyteller" })).EnsureSuccessStatusCode();
        (await stranger.Api.PostAsync("/api/v1/client-types/reset", null)).EnsureSuccessStatusCode();
        Assert.Equal("My storyteller", Type(await TypesAsync(me), "talker").Text("name"));
        Assert.Equal("Secret self-review", (await (await me.Api.GetAsync($"/api/v1/assessments/{assessment}")).ReadAsync(HttpStatusCode.OK)).Text("notes"));
    }
}

public sealed class TypologyApiOnSqlite(SqliteApp app) : TypologyApiTests<SqliteApp>(app);

public sealed class TypologyApiOnPostgres(PostgresApp app) : TypologyApiTests<PostgresApp>(app);
