using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class LessonsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task Lessons_are_recorded_in_either_role_and_found_by_any_word_ignoring_accents()
    {
        var me = await app.NewAccountAsync();
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();

        var asProvider = await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-provider", relationshipId = relationship, whatHappened = "I promised the report for Monday and missed it", whatWeLearned = "Promise dates only after asking the data team", action = "Check with the data team before committing" })).ReadAsync(HttpStatusCode.Created);
        (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-client", whatHappened = "Le pedí al proveedor una reunión sin agenda", whatWeLearned = "Una agenda ahorra la mitad del tiempo", learnedAt = DateTime.UtcNow.AddDays(-3) })).EnsureSuccessStatusCode();

        var byWord = await (await me.Api.GetAsync("/api/v1/lessons?q=REUNION")).ReadAsync(HttpStatusCode.OK);
        var byRole = await (await me.Api.GetAsync("/api/v1/lessons?role=as-provider")).ReadAsync(HttpStatusCode.OK);
        var byRelationship = await (await me.Api.GetAsync($"/api/v1/lessons?relationshipId={relationship}")).ReadAsync(HttpStatusCode.OK);
        var changed = await (await me.Api.PutJsonAsync($"/api/v1/lessons/{asProvider.Id()}", new { role = "as-provider", whatHappened = "Missed the Monday report", whatWeLearned = "Ask first, promise second" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("Ricardo", asProvider.Text("relationshipClientName"));
        Assert.Equal("as-client", Assert.Single(byWord["items"]!.AsArray())!.Text("role"));
        Assert.Equal(asProvider.Id(), Assert.Single(byRole["items"]!.AsArray())!.Id());
        Assert.Equal(1, byRelationship["total"]!.GetValue<int>());
        Assert.Equal("Ask first, promise second", changed.Text("whatWeLearned"));
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/lessons/{asProvider.Id()}")).StatusCode);
        Assert.Equal(1, (await (await me.Api.GetAsync("/api/v1/lessons")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_lesson_without_text_or_with_another_workspaces_relationship_is_refused_and_nothing_is_written()
    {
        var me = await app.NewAccountAsync("es");
        var stranger = await app.NewAccountAsync();
        var theirBoss = (await (await stranger.Api.PostJsonAsync("/api/v1/people", new { name = "Marta" })).ReadAsync(HttpStatusCode.Created)).Id();
        var theirs = (await (await stranger.Api.PostJsonAsync("/api/v1/relationships", new { clientId = theirBoss })).ReadAsync(HttpStatusCode.Created)).Id();

        var empty = await (await me.Api.PostJsonAsync("/api/v1/lessons", new { whatHappened = " ", whatWeLearned = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        var boss = await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-boss", whatHappened = "x", whatWeLearned = "y" })).ProblemAsync(HttpStatusCode.BadRequest);
        var foreign = await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-client", relationshipId = theirs, whatHappened = "x", whatWeLearned = "y" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(empty.FieldErrors("role"));
        Assert.Equal(["Usa uno de estos valores: as-client, as-provider."], boss.FieldErrors("role"));
        Assert.Equal(["Este dato es obligatorio."], empty.FieldErrors("whatHappened"));
        Assert.Single(empty.FieldErrors("whatWeLearned"));
        Assert.Single(foreign.FieldErrors("relationshipId"));
        Assert.Equal(0, (await (await me.Api.GetAsync("/api/v1/lessons")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_workspace_cannot_read_find_or_change_lessons()
    {
        var me = await app.NewAccountAsync();
        var id = (await (await me.Api.PostJsonAsync("/api/v1/lessons", new { role = "as-client", whatHappened = "Shouted at the confidential supplier", whatWeLearned = "Cool down first" })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        foreach (var response in new[]
        {
            await stranger.Api.GetAsync($"/api/v1/lessons/{id}"),
            await stranger.Api.PutJsonAsync($"/api/v1/lessons/{id}", new { role = "as-client", whatHappened = "x", whatWeLearned = "y" }),
            await stranger.Api.DeleteAsync($"/api/v1/lessons/{id}"),
        })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("confidential", problem.ToJsonString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, (await (await stranger.Api.GetAsync("/api/v1/lessons?q=confidential")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        Assert.Equal("Shouted at the confidential supplier", (await (await me.Api.GetAsync($"/api/v1/lessons/{id}")).ReadAsync(HttpStatusCode.OK)).Text("whatHappened"));
    }
}

public sealed class LessonsApiOnSqlite(SqliteApp app) : LessonsApiTests<SqliteApp>(app);

public sealed class LessonsApiOnPostgres(PostgresApp app) : LessonsApiTests<PostgresApp>(app);
