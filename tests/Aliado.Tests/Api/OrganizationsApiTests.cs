using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class OrganizationsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task Organizations_nest_and_list_with_their_people_count()
    {
        var me = await app.NewAccountAsync();
        var company = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Grupo Andino", kind = "company" })).ReadAsync(HttpStatusCode.Created)).Id();
        var operations = await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Operations", kind = "department", parentId = company })).ReadAsync(HttpStatusCode.Created);
        await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo", organizationId = operations.Id() });

        var read = await (await me.Api.GetAsync($"/api/v1/organizations/{operations.Id()}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("Operations", "department", "Grupo Andino", 1), (read.Text("name"), read.Text("kind"), read.Text("parentName"), read["peopleCount"]!.GetValue<int>()));
        var list = await (await me.Api.GetAsync("/api/v1/organizations?q=grupo")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Grupo Andino", Assert.Single(list["items"]!.AsArray())!.Text("name"));
    }

    [Fact]
    public async Task An_organization_cannot_be_put_inside_its_own_unit()
    {
        var me = await app.NewAccountAsync();
        var company = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Company" })).ReadAsync(HttpStatusCode.Created)).Id();
        var team = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Team", kind = "team", parentId = company })).ReadAsync(HttpStatusCode.Created)).Id();

        var problem = await (await me.Api.PutJsonAsync($"/api/v1/organizations/{company}", new { name = "Company", parentId = team })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Single(problem.FieldErrors("parentId"));
        var unchanged = await (await me.Api.GetAsync($"/api/v1/organizations/{company}")).ReadAsync(HttpStatusCode.OK);
        Assert.Null(unchanged["parentId"]);
    }

    [Fact]
    public async Task Bad_fields_are_reported_per_field()
    {
        var me = await app.NewAccountAsync("es");

        var problem = await (await me.Api.PostJsonAsync("/api/v1/organizations", new { parentId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest);
        var tribe = await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Los de siempre", kind = "tribe" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Este dato es obligatorio."], problem.FieldErrors("name"));
        Assert.Equal(["Usa uno de estos valores: company, department, team."], tribe.FieldErrors("kind"));
        Assert.Single(problem.FieldErrors("parentId"));
    }

    [Fact]
    public async Task Deleting_an_organization_keeps_its_people_and_units()
    {
        var me = await app.NewAccountAsync();
        var company = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Company" })).ReadAsync(HttpStatusCode.Created)).Id();
        var team = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Team", parentId = company })).ReadAsync(HttpStatusCode.Created)).Id();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana", organizationId = company })).ReadAsync(HttpStatusCode.Created)).Id();

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/organizations/{company}")).StatusCode);

        var ana = await (await me.Api.GetAsync($"/api/v1/people/{person}")).ReadAsync(HttpStatusCode.OK);
        Assert.Null(ana["organizationId"]);
        var orphan = await (await me.Api.GetAsync($"/api/v1/organizations/{team}")).ReadAsync(HttpStatusCode.OK);
        Assert.Null(orphan["parentId"]);
    }
}

public sealed class OrganizationsApiOnSqlite(SqliteApp app) : OrganizationsApiTests<SqliteApp>(app);

public sealed class OrganizationsApiOnPostgres(PostgresApp app) : OrganizationsApiTests<PostgresApp>(app);
