using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class TiesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<Guid> PersonAsync(Account me, string name) =>
        (await (await me.Api.PostJsonAsync("/api/v1/people", new { name })).ReadAsync(HttpStatusCode.Created)).Id();

    [Fact]
    public async Task The_circle_shows_who_surrounds_a_person_and_whom_they_surround()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var elena = await PersonAsync(me, "Elena");
        var sofia = await PersonAsync(me, "Sofía");

        var tie = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "reports-to", power = 5, interest = 4, attitude = "supporter", notes = "Her goals are his." })).ReadAsync(HttpStatusCode.Created);
        await (await me.Api.PostJsonAsync($"/api/v1/people/{sofia}/ties", new { otherPersonId = ricardo, kind = "reports-to", attitude = "non-supporter" })).ReadAsync(HttpStatusCode.Created);

        Assert.Equal(("reports-to", 5, 4, "supporter", "Elena"), (tie.Text("kind"), tie["power"]!.GetValue<int>(), tie["interest"]!.GetValue<int>(), tie.Text("attitude"), tie.Text("otherPersonName")));
        var circle = await (await me.Api.GetAsync($"/api/v1/people/{ricardo}/ties")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Elena", Assert.Single(circle["items"]!.AsArray())!.Text("otherPersonName"));
        var surrounds = await (await me.Api.GetAsync($"/api/v1/people/{ricardo}/ties?direction=surrounds")).ReadAsync(HttpStatusCode.OK);
        var inbound = Assert.Single(surrounds["items"]!.AsArray())!;
        Assert.Equal(("Sofía", "non-supporter", 3), (inbound.Text("personName"), inbound.Text("attitude"), inbound["power"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_tie_is_changed_and_removed()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var marta = await PersonAsync(me, "Marta");
        var id = (await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = marta, kind = "peer" })).ReadAsync(HttpStatusCode.Created)).Id();

        var changed = await (await me.Api.PutJsonAsync($"/api/v1/ties/{id}", new { otherPersonId = marta, kind = "rival", power = 4, interest = 2, attitude = "opponent" })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("rival", "opponent"), (changed.Text("kind"), changed.Text("attitude")));

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/ties/{id}")).StatusCode);
        await (await me.Api.GetAsync($"/api/v1/ties/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tie_to_oneself_is_refused_in_the_callers_language()
    {
        var me = await app.NewAccountAsync("es");
        var ricardo = await PersonAsync(me, "Ricardo");

        var problem = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = ricardo, kind = "peer" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Una persona no puede vincularse consigo misma."], problem.FieldErrors("otherPersonId"));
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => Task.FromResult(db.Ties.Count())));
    }

    [Fact]
    public async Task The_same_tie_twice_is_a_conflict()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var elena = await PersonAsync(me, "Elena");
        var tie = new { otherPersonId = elena, kind = "reports-to" };
        (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", tie)).EnsureSuccessStatusCode();

        var problem = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", tie)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("already exists", problem.Text("detail"), StringComparison.Ordinal);
        (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "ally" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Bad_scales_kinds_and_attitudes_are_reported_per_field()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var elena = await PersonAsync(me, "Elena");

        var problem = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "peer", power = 9, interest = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        // A choice that names none cannot be read into the request, so it is answered on its own.
        var kind = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "boss-of", power = 9 })).ProblemAsync(HttpStatusCode.BadRequest);
        var attitude = await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "peer", attitude = "hostile" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["interest", "power"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(["Use a whole number from 1 to 5."], problem.FieldErrors("power"));
        Assert.Equal(["kind"], kind["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(["Use one of: mentor, supporter, neutral, non-supporter, opponent."], attitude.FieldErrors("attitude"));
        await (await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { kind = "peer" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await me.Api.GetAsync($"/api/v1/people/{ricardo}/ties?direction=sideways")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deleting_a_person_leaves_no_dangling_ties()
    {
        var me = await app.NewAccountAsync();
        var ricardo = await PersonAsync(me, "Ricardo");
        var elena = await PersonAsync(me, "Elena");
        var sofia = await PersonAsync(me, "Sofía");
        await me.Api.PostJsonAsync($"/api/v1/people/{ricardo}/ties", new { otherPersonId = elena, kind = "reports-to" });
        await me.Api.PostJsonAsync($"/api/v1/people/{sofia}/ties", new { otherPersonId = ricardo, kind = "reports-to" });
        await me.Api.PostJsonAsync($"/api/v1/people/{sofia}/ties", new { otherPersonId = elena, kind = "peer" });

        (await me.Api.DeleteAsync($"/api/v1/people/{ricardo}")).EnsureSuccessStatusCode();

        var left = await app.InWorkspaceAsync(me.WorkspaceId, db => Task.FromResult(db.Ties.Select(t => new { t.PersonId, t.OtherPersonId }).ToList()));
        Assert.Equal(new { PersonId = sofia, OtherPersonId = elena }, Assert.Single(left));
    }
}

public sealed class TiesApiOnSqlite(SqliteApp app) : TiesApiTests<SqliteApp>(app);

public sealed class TiesApiOnPostgres(PostgresApp app) : TiesApiTests<PostgresApp>(app);
