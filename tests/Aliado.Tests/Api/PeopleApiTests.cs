using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class PeopleApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_person_is_created_read_listed_changed_and_deleted()
    {
        var me = await app.NewAccountAsync();

        var created = await (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = "Ricardo Salas",
            position = "Head of Operations",
            roles = new[] { "approves my work", "owns the budget" },
            socialStyle = "driver",
            leadershipStyle = "directive",
            perceivedByOwnTeam = "demanding but fair",
            perceivedByOtherTeams = "hard to reach",
            email = "ricardo@example.com",
            phone = "+51 1 555 0101",
            notes = "Prefers short summaries.",
        })).ReadAsync(HttpStatusCode.Created);
        var id = created.Id();

        var read = await (await me.Api.GetAsync($"/api/v1/people/{id}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Ricardo Salas", read.Text("name"));
        Assert.Equal("driver", read.Text("socialStyle"));
        Assert.Equal(["approves my work", "owns the budget"], read["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("hard to reach", read.Text("perceivedByOtherTeams"));

        var list = await (await me.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(2, list["total"]!.GetValue<int>());
        Assert.True(list["items"]![0]!["isMe"]!.GetValue<bool>(), "me comes first");

        var changed = await (await me.Api.PutJsonAsync($"/api/v1/people/{id}", new { name = "Ricardo Salas", socialStyle = "analytical" })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("analytical", changed.Text("socialStyle"));
        Assert.Null(changed["position"]);

        (await me.Api.DeleteAsync($"/api/v1/people/{id}")).EnsureSuccessStatusCode();
        await (await me.Api.GetAsync($"/api/v1/people/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Search_matches_names_and_organizations_ignoring_case_and_accents()
    {
        var me = await app.NewAccountAsync();
        var finance = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Finanzas Andinas", kind = "department" })).ReadAsync(HttpStatusCode.Created)).Id();
        await me.Api.PostJsonAsync("/api/v1/people", new { name = "José Ibáñez" });
        await me.Api.PostJsonAsync("/api/v1/people", new { name = "Marta Ruiz", organizationId = finance });
        await me.Api.PostJsonAsync("/api/v1/people", new { name = "Tomás Quiroga" });

        async Task<string[]> Find(string q) =>
            [.. (await (await me.Api.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(q)}")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(p => p!.Text("name"))];

        Assert.Equal(["José Ibáñez"], await Find("jose ibanez"));
        Assert.Equal(["Marta Ruiz"], await Find("FINANZAS"));
        Assert.Empty(await Find("nobody"));
    }

    [Fact]
    public async Task Lists_are_paginated()
    {
        var me = await app.NewAccountAsync();
        for (var i = 0; i < 7; i++)
        {
            (await me.Api.PostJsonAsync("/api/v1/people", new { name = $"Person {i}" })).EnsureSuccessStatusCode();
        }

        var page = await (await me.Api.GetAsync("/api/v1/people?page=2&pageSize=3")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(3, page["items"]!.AsArray().Count);
        Assert.Equal((2, 3, 8, 3), (page["page"]!.GetValue<int>(), page["pageSize"]!.GetValue<int>(), page["total"]!.GetValue<int>(), page["totalPages"]!.GetValue<int>()));
        var huge = await (await me.Api.GetAsync("/api/v1/people?pageSize=100000")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(100, huge["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_missing_name_is_a_localized_validation_problem_and_nothing_is_saved()
    {
        var en = await app.NewAccountAsync("en");
        var es = await app.NewAccountAsync("es");

        var english = await (await en.Api.PostJsonAsync("/api/v1/people", new { name = "  " })).ProblemAsync(HttpStatusCode.BadRequest);
        var spanish = await (await es.Api.PostJsonAsync("/api/v1/people", new { position = "CFO" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["This is required."], english.FieldErrors("name"));
        Assert.Equal(["Este dato es obligatorio."], spanish.FieldErrors("name"));
        Assert.Equal("Algunos campos necesitan atención.", spanish.Text("title"));
        Assert.Equal(1, await app.InWorkspaceAsync(es.WorkspaceId, db => Task.FromResult(db.People.Count())));
    }

    [Fact]
    public async Task A_misspelt_choice_is_refused_with_the_choices_it_can_be()
    {
        var me = await app.NewAccountAsync();

        var misspelt = await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana", socialStyle = "bossy" })).ProblemAsync(HttpStatusCode.BadRequest);
        var number = await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana", socialStyle = 2 })).ProblemAsync(HttpStatusCode.BadRequest);
        var people = (await (await me.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

        Assert.Equal(["Use one of: unknown, driver, expressive, amiable, analytical."], misspelt.FieldErrors("socialStyle"));
        Assert.Equal(["Use one of: unknown, driver, expressive, amiable, analytical."], number.FieldErrors("socialStyle"));
        Assert.Equal(1, people);
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        var me = await app.NewAccountAsync();

        var problem = await (await me.Api.PostJsonAsync("/api/v1/people", new
        {
            name = new string('x', 201),
            email = "not-an-email",
            organizationId = Guid.NewGuid(),
            roles = Enumerable.Range(0, 21).Select(i => $"role {i}"),
        })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Use at most 200 characters."], problem.FieldErrors("name"));
        Assert.Single(problem.FieldErrors("email"));
        Assert.Equal(["Nothing with this id exists in this workspace."], problem.FieldErrors("organizationId"));
        Assert.Single(problem.FieldErrors("roles"));
    }

    [Theory]
    [InlineData("{\"name\": ", null)]
    [InlineData("not json at all", null)]
    [InlineData("{\"name\": 42}", "name")]
    [InlineData("{\"name\": \"Ana\", \"roles\": \"boss\"}", "roles")]
    [InlineData("{\"name\": \"Ana\", \"organizationId\": \"nope\"}", "organizationId")]
    public async Task Unreadable_json_is_a_problem_never_a_500(string body, string? field)
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await me.Api.PostRawAsync("/api/v1/people", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("JSON", problem.Text("detail"), StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Equal(["Este valor tiene un tipo incorrecto."], problem.FieldErrors(field));
        }
    }

    [Fact]
    public async Task Control_characters_are_refused_and_never_reach_the_database()
    {
        var me = await app.NewAccountAsync();

        var problem = await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana\u0000Lopez", notes = "ok" })).ProblemAsync(HttpStatusCode.BadRequest);
        var search = await (await me.Api.GetAsync("/api/v1/people?q=an%00a")).ReadAsync(HttpStatusCode.OK);

        Assert.Single(problem.FieldErrors("name"));
        Assert.Equal(0, search["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var me = await app.NewAccountAsync();

        await (await me.Api.PostRawAsync("/api/v1/people", "name=Ana", "application/x-www-form-urlencoded")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await me.Api.GetAsync($"/api/v1/people/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await me.Api.PutJsonAsync($"/api/v1/people/{Guid.NewGuid()}", new { name = "X" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await me.Api.DeleteAsync($"/api/v1/people/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await me.Api.GetAsync("/api/v1/people/not-a-guid")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("No se encontró en este espacio de trabajo.", problem.Text("title"));
    }

    [Fact]
    public async Task A_person_in_a_relationship_is_not_deleted_and_the_answer_names_the_relationship()
    {
        var me = await app.NewAccountAsync("es");
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Salas" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var problem = await (await me.Api.DeleteAsync($"/api/v1/people/{boss}")).ProblemAsync(HttpStatusCode.Conflict);
        var (_, confirm) = await browser.GetAsync($"/people/{boss}/delete");
        var posted = await browser.SubmitAsync($"/people/{boss}/delete", [new("x", "y")], $"/people/{boss}/delete");

        Assert.Contains("Ricardo Salas", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("participa en relaciones", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/relationships/{relationship}\"", confirm, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"delete-blocked\"", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        (await me.Api.GetAsync($"/api/v1/people/{boss}")).EnsureSuccessStatusCode();
        (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Me_cannot_be_deleted()
    {
        var me = await app.NewAccountAsync();

        var problem = await (await me.Api.DeleteAsync($"/api/v1/people/{me.MeId}")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("cannot be deleted", problem.Text("detail"), StringComparison.Ordinal);
        (await me.Api.GetAsync($"/api/v1/people/{me.MeId}")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write_and_an_editor_can()
    {
        var owner = await app.NewAccountAsync();
        var viewer = await app.JoinAsync(owner, await app.NewAccountAsync(), WorkspaceRole.Viewer);
        var editor = await app.JoinAsync(owner, await app.NewAccountAsync(), WorkspaceRole.Editor);

        (await viewer.GetAsync($"/api/v1/people/{owner.MeId}")).EnsureSuccessStatusCode();
        var refused = await (await viewer.PostJsonAsync("/api/v1/people", new { name = "Sneaky" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.DeleteAsync($"/api/v1/people/{owner.MeId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.PostJsonAsync("/api/v1/people", new { name = "Welcome" })).ReadAsync(HttpStatusCode.Created);

        Assert.Contains("editor", refused.Text("detail"), StringComparison.Ordinal);
        var names = await app.InWorkspaceAsync(owner.WorkspaceId, db => Task.FromResult(db.People.Select(p => p.Name).ToList()));
        Assert.DoesNotContain("Sneaky", names);
        Assert.Contains("Welcome", names);
    }

    [Fact]
    public async Task Me_describes_the_account_workspace_and_me_person()
    {
        var me = await app.NewAccountAsync("es");

        var body = await (await me.Api.GetAsync("/api/v1/me")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(me.Email, body.Text("email"));
        Assert.Equal(me.WorkspaceId, body["workspace"]!["id"]!.GetValue<Guid>());
        Assert.Equal("owner", body["workspace"]!.Text("role"));
        Assert.StartsWith("Espacio de ", body["workspace"]!.Text("name"), StringComparison.Ordinal);
        Assert.Equal(me.MeId, body["me"]!.Id());
    }
}

public sealed class PeopleApiOnSqlite(SqliteApp app) : PeopleApiTests<SqliteApp>(app);

public sealed class PeopleApiOnPostgres(PostgresApp app) : PeopleApiTests<PostgresApp>(app);
